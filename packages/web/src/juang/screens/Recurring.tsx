import { type Account, nextOccurrence, type RecurringRule, type Transaction } from "@safetravel/juang";
import { type FormEvent, useState } from "react";
import { all, remove, save, useLive } from "../db";
import { useJ } from "../i18n";
import { amountExample, newId, type Profile, readAmount, today } from "../model";
import { Field, Screen, Select } from "../ui";
import { RecordRule } from "./RecordRule";

export default function Recurring({ profile }: { profile: Profile }) {
  const { t, lang, fmt } = useJ();
  const day = today();
  const rules = useLive(() => all<RecurringRule>("recurring"), []);
  const accounts = useLive(() => all<Account>("accounts"), []);
  const [f, setF] = useState({ kind: "remittance", name: "", amount: "", day: String(profile.payday) });
  const [errs, setErrs] = useState<Record<string, string>>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const er: Record<string, string> = {};
    let amount: ReturnType<typeof readAmount>;
    try {
      amount = readAmount(f.amount, profile.currency, lang);
      if (!amount || amount.minor <= 0) er.amount = t("required");
    } catch {
      er.amount = t("badAmount", { ex: amountExample(profile.currency, lang) });
    }
    const d = Number(f.day);
    if (!/^\d{1,2}$/.test(f.day) || d < 1 || d > 31) er.day = "1–31";
    if (!f.name.trim()) er.name = t("required");
    setErrs(er);
    const account = accounts?.find((a) => a.currency === profile.currency) ?? accounts?.[0];
    if (Object.keys(er).length || !amount || !account) return;
    const type = f.kind as Transaction["type"];
    const template: Omit<Transaction, "id" | "date"> = {
      type,
      accountId: account.id,
      amount,
      payee: f.name.trim(),
      category: type === "income" ? "salary" : type === "remittance" ? "family" : "other",
    };
    const start = `${day.slice(0, 8)}${String(Math.min(d, 28)).padStart(2, "0")}`;
    await save("recurring", { id: newId("rr"), frequency: "monthly", start, dayOfMonth: d, template } satisfies RecurringRule);
    setF((x) => ({ ...x, name: "", amount: "" }));
  };

  const kindLabel = (type: string) => (type === "income" ? t("recurring.salary") : type === "remittance" ? t("recurring.remittance") : t("recurring.expense"));
  return (
    <Screen title={t("recurring.title")}>
      <p className="hint">{t("recurring.lead")}</p>
      {rules?.map((r) => {
        const next = nextOccurrence(r, day, true);
        return (
          <article key={r.id} className="card j-item">
            <h2>
              {kindLabel(r.template.type)}: {r.template.payee ?? ""} · {fmt(r.template.amount)}
            </h2>
            {next && <p>{t("recurring.next", { date: next })}</p>}
            <div className="row">
              <RecordRule rule={r} label={t("recurring.recordNow")} secondary />
              <button type="button" className="linklike" onClick={() => void remove("recurring", r.id)}>
                {t("delete")}
              </button>
            </div>
          </article>
        );
      })}
      <form onSubmit={(e) => void submit(e)} noValidate className="card">
        <Select
          label={t("recurring.kind")}
          value={f.kind}
          onChange={(v) => setF((x) => ({ ...x, kind: v }))}
          options={["remittance", "income", "expense"].map((k) => ({ value: k, label: kindLabel(k) }))}
        />
        <Field label={t("recurring.name")} value={f.name} onChange={(v) => setF((x) => ({ ...x, name: v }))} error={errs.name} />
        <Field label={`${t("amount")} (${profile.currency})`} value={f.amount} onChange={(v) => setF((x) => ({ ...x, amount: v }))} inputMode="decimal" error={errs.amount} />
        <Field label={t("recurring.day")} value={f.day} onChange={(v) => setF((x) => ({ ...x, day: v }))} inputMode="numeric" error={errs.day} />
        <button type="submit" className="button">
          {t("save")}
        </button>
      </form>
    </Screen>
  );
}
