import { type Budget, budgetStatus, categoryName, DEFAULT_CATEGORIES, type Transaction } from "@safetravel/juang";
import { type FormEvent, useState } from "react";
import { all, remove, save, transactionsOf, useLive } from "../db";
import { useJ } from "../i18n";
import { amountExample, type Profile, rateTable, readAmount, type StoredRate, thisMonth } from "../model";
import { Field, Progress, Screen, Select } from "../ui";

export default function Budgets({ profile }: { profile: Profile }) {
  const { t, lang, fmt } = useJ();
  const month = thisMonth();
  const data = useLive(async () => {
    const [budgets, txs, rates] = await Promise.all([all<Budget>("budgets"), transactionsOf<Transaction>([month]), all<StoredRate>("rates")]);
    return { budgets, txs, rates };
  }, [month]);
  const cats = DEFAULT_CATEGORIES.filter((c) => c.kind === "expense" && c.id !== "remittance");
  const [cat, setCat] = useState(cats[0]?.id ?? "food");
  const [limit, setLimit] = useState("");
  const [err, setErr] = useState<string | undefined>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const m = readAmount(limit, profile.currency, lang);
      if (!m || m.minor <= 0) throw new RangeError();
      setErr(undefined);
      await save("budgets", { id: `b-${cat}`, category: cat, limit: m } satisfies Budget);
      setLimit("");
    } catch {
      setErr(t("badAmount", { ex: amountExample(profile.currency, lang) }));
    }
  };

  const status = data ? budgetStatus(data.budgets, data.txs, month, rateTable(data.rates)) : [];
  return (
    <Screen title={t("budgets.title")}>
      <p className="hint">{t("budgets.lead")}</p>
      {status.map((b) => {
        const name = categoryName(b.budget.category, DEFAULT_CATEGORIES, lang);
        const line = t("budgets.status", { spent: fmt(b.spent), limit: fmt(b.budget.limit) });
        return (
          <article key={b.budget.id} className="card j-item">
            <h2>{name}</h2>
            <p>{line}</p>
            <Progress pct={b.percent} label={`${name}: ${line}`} />
            <p className={b.over ? "error" : ""}>{b.over ? t("budgets.over", { amount: fmt({ ...b.remaining, minor: -b.remaining.minor }) }) : t("budgets.left", { amount: fmt(b.remaining) })}</p>
            <button type="button" className="linklike" onClick={() => void remove("budgets", b.budget.id)}>
              {t("delete")}
            </button>
          </article>
        );
      })}
      <form onSubmit={(e) => void submit(e)} noValidate className="card">
        <Select label={t("budgets.category")} value={cat} onChange={setCat} options={cats.map((c) => ({ value: c.id, label: c.name[lang] }))} />
        <Field label={`${t("budgets.limit")} (${profile.currency})`} value={limit} onChange={setLimit} inputMode="decimal" error={err} />
        <button type="submit" className="button">
          {t("save")}
        </button>
      </form>
    </Screen>
  );
}
