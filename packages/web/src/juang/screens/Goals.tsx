import { type Goal, goalProgress } from "@safetravel/juang";
import { type FormEvent, useState } from "react";
import { all, remove, save, useLive } from "../db";
import { useJ } from "../i18n";
import { amountExample, newId, type Profile, readAmount, today } from "../model";
import { Field, Progress, Screen, Select } from "../ui";
import { safe } from "./Home";

export default function Goals({ profile }: { profile: Profile }) {
  const { t, lang, fmt } = useJ();
  const day = today();
  const goals = useLive(() => all<Goal>("goals"), []);
  const [f, setF] = useState({ name: profile.saveFor ?? "", target: "", deadline: `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`, currency: "IDR" });
  const [add, setAdd] = useState<Record<string, string>>({});
  const [errs, setErrs] = useState<Record<string, string>>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const er: Record<string, string> = {};
    let target: ReturnType<typeof readAmount>;
    try {
      target = readAmount(f.target, f.currency, lang);
      if (!target || target.minor <= 0) er.target = t("required");
    } catch {
      er.target = t("badAmount", { ex: amountExample(f.currency, lang) });
    }
    if (!f.name.trim()) er.name = t("required");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(f.deadline)) er.deadline = t("required");
    setErrs(er);
    if (Object.keys(er).length || !target) return;
    await save("goals", { id: newId("g"), name: f.name.trim(), target, deadline: f.deadline, saved: { minor: 0, currency: f.currency } } satisfies Goal);
    setF((x) => ({ ...x, name: "", target: "" }));
  };

  return (
    <Screen title={t("goals.title")}>
      {goals?.length === 0 && <p className="hint">{t("none")}</p>}
      {goals?.map((g) => {
        const saved = g.saved ?? { minor: 0, currency: g.target.currency };
        const p = safe(() => goalProgress(g, saved, day));
        if (!p) return null;
        const line = t("goals.progress", { saved: fmt(p.saved), target: fmt(g.target), pct: p.percent });
        return (
          <article key={g.id} className="card j-item">
            <h2>{g.name}</h2>
            <p>{line}</p>
            <Progress pct={p.percent} label={line} />
            {p.reached ? (
              <p className="ok-box">{t("goals.reached")}</p>
            ) : p.overdue ? (
              <p className="warn">{t("goals.overdue", { amount: fmt(p.remaining) })}</p>
            ) : (
              <p>
                <strong>{t("goals.monthly", { amount: fmt(p.monthlyNeeded), months: p.monthsLeft })}</strong>
              </p>
            )}
            <p className="hint">
              {t("goals.deadline")}: {g.deadline}
            </p>
            <form
              className="j-inline"
              noValidate
              onSubmit={async (e) => {
                e.preventDefault();
                try {
                  const m = readAmount(add[g.id] ?? "", saved.currency, lang);
                  if (!m) return;
                  await save("goals", { ...g, saved: { minor: saved.minor + m.minor, currency: saved.currency } });
                  setAdd((x) => ({ ...x, [g.id]: "" }));
                  setErrs((x) => ({ ...x, [g.id]: "" }));
                } catch {
                  setErrs((x) => ({ ...x, [g.id]: t("badAmount", { ex: amountExample(saved.currency, lang) }) }));
                }
              }}
            >
              <Field label={`${t("goals.addSaved")} (${saved.currency})`} value={add[g.id] ?? ""} onChange={(v) => setAdd((x) => ({ ...x, [g.id]: v }))} inputMode="decimal" error={errs[g.id] || undefined} />
              <button type="submit" className="button secondary">
                {t("save")}
              </button>
            </form>
            <button type="button" className="linklike" onClick={() => void remove("goals", g.id)}>
              {t("delete")}
            </button>
          </article>
        );
      })}
      <form onSubmit={(e) => void submit(e)} noValidate className="card">
        <h2>{t("addBtn")}</h2>
        <Field label={t("goals.name")} value={f.name} onChange={(v) => setF((x) => ({ ...x, name: v }))} error={errs.name} />
        <Select label={t("currency")} value={f.currency} onChange={(v) => setF((x) => ({ ...x, currency: v }))} options={[...new Set(["IDR", profile.currency])].map((c) => ({ value: c, label: c }))} />
        <Field label={t("goals.target")} value={f.target} onChange={(v) => setF((x) => ({ ...x, target: v }))} inputMode="decimal" error={errs.target} />
        <Field label={t("goals.deadline")} type="date" value={f.deadline} onChange={(v) => setF((x) => ({ ...x, deadline: v }))} error={errs.deadline} />
        <button type="submit" className="button">
          {t("save")}
        </button>
      </form>
    </Screen>
  );
}
