import {
  budgetStatus,
  categoryName,
  DEFAULT_CATEGORIES,
  type Debt,
  debtStatus,
  type Goal,
  goalProgress,
  monthReport,
  nextOccurrence,
  type RecurringRule,
  type Transaction,
  type Budget,
} from "@safetravel/juang";
import { Link } from "../../shell/router";
import { all, transactionsOf, useLive } from "../db";
import { useJ } from "../i18n";
import { type Profile, rateTable, type StoredRate, thisMonth, today } from "../model";
import { useSyncState } from "../sync/runner";
import { Back, Progress } from "../ui";
import { RecordRule } from "./RecordRule";

/** Home: what is left this month, quick add, budgets, what comes next, goals. Reads one month only. */
export function Home({ profile }: { profile: Profile }) {
  const { t, lang, fmt } = useJ();
  const month = thisMonth();
  const day = today();
  const data = useLive(async () => {
    const [txs, budgets, goals, debts, rules, rates] = await Promise.all([
      transactionsOf<Transaction>([month]),
      all<Budget>("budgets"),
      all<Goal>("goals"),
      all<Debt>("debts"),
      all<RecurringRule>("recurring"),
      all<StoredRate>("rates"),
    ]);
    return { txs, budgets, goals, debts, rules, rates };
  }, [month]);
  const sync = useSyncState();

  if (!data) return <p className="loading">{t("title")}…</p>;
  const table = rateTable(data.rates);
  const cur = profile.currency;
  const r = monthReport(data.txs, month, { currency: cur, rates: table });
  const budgets = budgetStatus(data.budgets, data.txs, month, table);
  const salaryRule = data.rules.find((x) => x.template.type === "income" && x.template.category === "salary");
  const salaryRecorded = data.txs.some((x) => x.type === "income" && x.category === "salary");

  const remitRules = data.rules
    .filter((x) => x.template.type === "remittance")
    .map((x) => ({ rule: x, date: nextOccurrence(x, day, true) }))
    .filter((x): x is { rule: RecurringRule; date: string } => !!x.date)
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const nextDebts = data.debts
    .map((d) => ({ d, s: safe(() => debtStatus(d, day)) }))
    .filter((x) => x.s?.nextDue)
    .sort((a, b) => (a.s!.nextDue!.due < b.s!.nextDue!.due ? -1 : 1));
  const nextRemit = remitRules[0];
  const nextDebt = nextDebts[0];

  return (
    <div className="screen juang">
      <Back to="/" />
      <h1 tabIndex={-1}>{t("title")}</h1>
      <section className="j-left card" aria-labelledby="j-left-h">
        <h2 id="j-left-h" className="j-left-title">
          {t("home.left")}
        </h2>
        <p className={`j-big${r.net.minor < 0 ? " neg" : ""}`}>{fmt(r.net)}</p>
        {r.income.minor > 0 ? <p className="hint">{t("home.leftOf", { income: fmt(r.income) })}</p> : <p className="hint">{t("home.noIncome")}</p>}
        <p className="j-split">
          <span>
            {t("home.spent")}: <strong>{fmt(r.expense)}</strong>
          </span>
          <span>
            {t("home.sentHome")}: <strong>{fmt(r.remitted)}</strong>
          </span>
        </p>
        {!salaryRecorded && salaryRule && <RecordRule rule={salaryRule} label={t("home.recordSalary", { amount: fmt(salaryRule.template.amount) })} secondary />}
      </section>

      <div className="j-actions">
        <Link to="/juang/add" className="button j-add">
          {t("home.addExpense")}
        </Link>
        <Link to="/juang/add?type=income" className="button secondary">
          {t("home.addIncome")}
        </Link>
        <Link to="/juang/send" className="button secondary">
          {t("home.send")}
        </Link>
      </div>

      <section aria-labelledby="j-next-h">
        <h2 id="j-next-h">{t("home.next")}</h2>
        {nextRemit && <p>{t("home.nextRemit", { date: nextRemit.date, amount: fmt(nextRemit.rule.template.amount) })}</p>}
        {nextDebt?.s?.nextDue && (
          <p>{t("home.nextDebt", { date: nextDebt.s.nextDue.due, amount: fmt(nextDebt.s.nextDue.amount), lender: nextDebt.d.lender })}</p>
        )}
        {!nextRemit && !nextDebt && <p className="hint">{t("home.noNext")}</p>}
      </section>

      <section aria-labelledby="j-bud-h">
        <h2 id="j-bud-h">
          <Link to="/juang/budgets">{t("home.budgets")}</Link>
        </h2>
        {budgets.length === 0 && <p className="hint">{t("home.noBudgets")}</p>}
        {budgets.map((b) => {
          const name = categoryName(b.budget.category, DEFAULT_CATEGORIES, lang);
          const line = t("budgets.status", { spent: fmt(b.spent), limit: fmt(b.budget.limit) });
          return (
            <div key={b.budget.id} className="j-item">
              <p>
                <strong>{name}</strong> · {line}
              </p>
              <Progress pct={b.percent} label={`${name}: ${line}`} />
            </div>
          );
        })}
      </section>

      {data.goals.length > 0 && (
        <section aria-labelledby="j-goal-h">
          <h2 id="j-goal-h">
            <Link to="/juang/goals">{t("home.goals")}</Link>
          </h2>
          {data.goals.map((g) => {
            const p = safe(() => goalProgress(g, g.saved ?? { minor: 0, currency: g.target.currency }, day));
            if (!p) return null;
            const line = t("goals.progress", { saved: fmt(p.saved), target: fmt(g.target), pct: p.percent });
            return (
              <div key={g.id} className="j-item">
                <p>
                  <strong>{g.name}</strong> · {line}
                </p>
                <Progress pct={p.percent} label={`${g.name}: ${line}`} />
                {!p.reached && p.monthsLeft > 0 && <p className="hint">{t("goals.monthly", { amount: fmt(p.monthlyNeeded), months: p.monthsLeft })}</p>}
              </div>
            );
          })}
        </section>
      )}

      {data.txs.length > 0 && (
        <section aria-labelledby="j-recent-h">
          <h2 id="j-recent-h">{t("home.recent")}</h2>
          <ul className="j-list">
            {data.txs.slice(0, 5).map((x) => (
              <li key={x.id}>
                <span>
                  {x.date.slice(5)} · {x.type === "remittance" ? (x.payee ?? t("home.sentHome")) : categoryName(x.category ?? "other", DEFAULT_CATEGORIES, lang)}
                </span>
                <strong className={x.type === "income" ? "pos" : ""}>
                  {x.type === "income" ? "+" : "−"}
                  {fmt(x.amount)}
                </strong>
              </li>
            ))}
          </ul>
        </section>
      )}

      <nav aria-labelledby="j-menu-h" className="menu">
        <h2 id="j-menu-h">{t("home.menu")}</h2>
        <Link to="/juang/send">{t("nav.send")}</Link>
        <Link to="/juang/report">{t("nav.report")}</Link>
        <Link to="/juang/budgets">{t("nav.budgets")}</Link>
        <Link to="/juang/goals">{t("nav.goals")}</Link>
        <Link to="/juang/debts">{t("nav.debts")}</Link>
        <Link to="/juang/recurring">{t("nav.recurring")}</Link>
        <Link to="/juang/lessons">{t("nav.lessons")}</Link>
        <Link to="/juang/settings">{t("nav.settings")}</Link>
      </nav>
      {sync.kind !== "off" && sync.kind !== "idle" && (
        <p className="hint" role="status">
          {t("home.sync", { state: syncText(t, sync) })}
        </p>
      )}
    </div>
  );
}

export function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

export function syncText(t: (k: string, o?: Record<string, unknown>) => string, s: { kind: string; at?: string; msg?: string }): string {
  if (s.kind === "ok") return t("settings.state.ok", { time: s.at ? new Date(s.at).toLocaleString() : "" });
  if (s.kind === "error") return t("settings.state.error", { msg: s.msg ?? "" });
  return t(`settings.state.${s.kind}`);
}
