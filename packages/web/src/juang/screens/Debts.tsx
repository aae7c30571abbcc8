import { type Debt, debtStatus, monthlySchedule, type PersonalDebt, personalDebtStatus, personalDebtTotals } from "@safetravel/juang";
import { type FormEvent, useState } from "react";
import { all, remove, save, useLive } from "../db";
import { useJ } from "../i18n";
import { amountExample, newId, type Profile, readAmount, today } from "../model";
import { Field, Progress, Screen, Select } from "../ui";
import { safe } from "./Home";

function PayForm({ currency, label, onPay }: { currency: string; label: string; onPay: (m: { minor: number; currency: string }) => Promise<void> }) {
  const { t, lang } = useJ();
  const [v, setV] = useState("");
  const [err, setErr] = useState<string | undefined>();
  return (
    <form
      className="j-inline"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          const m = readAmount(v, currency, lang);
          if (!m || m.minor <= 0) throw new RangeError();
          setErr(undefined);
          await onPay(m);
          setV("");
        } catch {
          setErr(t("badAmount", { ex: amountExample(currency, lang) }));
        }
      }}
    >
      <Field label={`${label} (${currency})`} value={v} onChange={setV} inputMode="decimal" error={err} />
      <button type="submit" className="button secondary">
        {t("save")}
      </button>
    </form>
  );
}

export default function Debts({ profile }: { profile: Profile }) {
  const { t, lang, fmt } = useJ();
  const day = today();
  const debts = useLive(() => all<Debt>("debts"), []);
  const people = useLive(() => all<PersonalDebt>("personalDebts"), []);
  const [f, setF] = useState({ kind: "placement-fee", lender: "", principal: "", fees: "", count: "6", first: day, currency: profile.currency });
  const [p, setP] = useState({ direction: "lent", person: "", amount: "", due: "" });
  const [errs, setErrs] = useState<Record<string, string>>({});

  const addDebt = async (e: FormEvent) => {
    e.preventDefault();
    const er: Record<string, string> = {};
    const cur = f.currency;
    let principal: ReturnType<typeof readAmount>;
    let fees: ReturnType<typeof readAmount>;
    try {
      principal = readAmount(f.principal, cur, lang);
      if (!principal || principal.minor <= 0) er.principal = t("required");
    } catch {
      er.principal = t("badAmount", { ex: amountExample(cur, lang) });
    }
    try {
      fees = readAmount(f.fees, cur, lang);
    } catch {
      er.fees = t("badAmount", { ex: amountExample(cur, lang) });
    }
    const count = Number(f.count);
    if (!/^\d{1,3}$/.test(f.count) || count < 1) er.count = "1–120";
    if (!f.lender.trim()) er.lender = t("required");
    setErrs(er);
    if (Object.keys(er).length || !principal) return;
    const total = { minor: principal.minor + (fees?.minor ?? 0), currency: cur };
    const debt: Debt = {
      id: newId("d"),
      kind: f.kind as Debt["kind"],
      lender: f.lender.trim(),
      principal,
      ...(fees && fees.minor > 0 ? { fees } : {}),
      schedule: monthlySchedule(total, count, f.first || day),
      payments: [],
      startDate: day,
    };
    await save("debts", debt);
    setF((x) => ({ ...x, lender: "", principal: "", fees: "" }));
  };

  const addPerson = async (e: FormEvent) => {
    e.preventDefault();
    const er: Record<string, string> = {};
    let amount: ReturnType<typeof readAmount>;
    try {
      amount = readAmount(p.amount, profile.currency, lang);
      if (!amount || amount.minor <= 0) er.pamount = t("required");
    } catch {
      er.pamount = t("badAmount", { ex: amountExample(profile.currency, lang) });
    }
    if (!p.person.trim()) er.person = t("required");
    setErrs(er);
    if (Object.keys(er).length || !amount) return;
    const d: PersonalDebt = {
      id: newId("p"),
      direction: p.direction as PersonalDebt["direction"],
      person: p.person.trim(),
      amount,
      date: day,
      ...(p.due ? { due: p.due } : {}),
      repayments: [],
    };
    await save("personalDebts", d);
    setP((x) => ({ ...x, person: "", amount: "", due: "" }));
  };

  const totals = people ? safe(() => personalDebtTotals(people, day)) : undefined;

  return (
    <Screen title={t("debts.title")}>
      <section aria-labelledby="j-dh">
        <h2 id="j-dh">{t("debts.placement")}</h2>
        <p className="hint">{t("debts.lead")}</p>
        {debts?.map((d) => {
          const s = safe(() => debtStatus(d, day));
          if (!s) return null;
          const paidPct = s.total.minor > 0 ? Math.round((s.paid.minor * 100) / s.total.minor) : 100;
          return (
            <article key={d.id} className="card j-item">
              <h3>
                {d.lender} · {d.kind === "placement-fee" ? t("debts.kindPlacement") : t("debts.kindLoan")}
              </h3>
              {s.paidOff ? (
                <p className="ok-box">{t("debts.paidOff")}</p>
              ) : (
                <>
                  <p>{t("debts.remaining", { amount: fmt(s.remaining), total: fmt(s.total) })}</p>
                  <Progress pct={paidPct} label={t("debts.remaining", { amount: fmt(s.remaining), total: fmt(s.total) })} />
                  {s.nextDue && <p>{t("debts.nextDue", { date: s.nextDue.due, amount: fmt(s.nextDue.amount) })}</p>}
                  {s.overdue.minor > 0 && <p className="error">{t("debts.overdue", { amount: fmt(s.overdue) })}</p>}
                  {s.payoffDate && <p className="hint">{t("debts.payoff", { date: s.payoffDate })}</p>}
                  <PayForm
                    currency={d.principal.currency}
                    label={t("debts.payAmount")}
                    onPay={(m) => save("debts", { ...d, payments: [...d.payments, { date: day, amount: m }] })}
                  />
                </>
              )}
              <button type="button" className="linklike" onClick={() => void remove("debts", d.id)}>
                {t("delete")}
              </button>
            </article>
          );
        })}
        <form onSubmit={(e) => void addDebt(e)} noValidate className="card">
          <Select
            label={t("debts.kind")}
            value={f.kind}
            onChange={(v) => setF((x) => ({ ...x, kind: v }))}
            options={[
              { value: "placement-fee", label: t("debts.kindPlacement") },
              { value: "loan", label: t("debts.kindLoan") },
            ]}
          />
          <Field label={t("debts.lender")} value={f.lender} onChange={(v) => setF((x) => ({ ...x, lender: v }))} error={errs.lender} />
          <Select
            label={t("currency")}
            value={f.currency}
            onChange={(v) => setF((x) => ({ ...x, currency: v }))}
            options={[...new Set([profile.currency, "IDR"])].map((c) => ({ value: c, label: c }))}
          />
          <Field label={t("debts.principal")} value={f.principal} onChange={(v) => setF((x) => ({ ...x, principal: v }))} inputMode="decimal" error={errs.principal} />
          <Field label={`${t("debts.fees")} ${t("optional")}`} value={f.fees} onChange={(v) => setF((x) => ({ ...x, fees: v }))} inputMode="decimal" error={errs.fees} />
          <Field label={t("debts.count")} value={f.count} onChange={(v) => setF((x) => ({ ...x, count: v }))} inputMode="numeric" error={errs.count} />
          <Field label={t("debts.firstDue")} type="date" value={f.first} onChange={(v) => setF((x) => ({ ...x, first: v }))} />
          <button type="submit" className="button">
            {t("addBtn")}
          </button>
        </form>
      </section>

      <section aria-labelledby="j-ph">
        <h2 id="j-ph">{t("debts.people")}</h2>
        {totals &&
          Object.values(totals.owedToMe).map((m) => (
            <p key={`o${m.currency}`}>
              <strong>{t("debts.owedToMe", { amount: fmt(m) })}</strong>
            </p>
          ))}
        {totals &&
          Object.values(totals.iOwe).map((m) => (
            <p key={`i${m.currency}`}>
              <strong>{t("debts.iOwe", { amount: fmt(m) })}</strong>
            </p>
          ))}
        {people?.map((d) => {
          const s = safe(() => personalDebtStatus(d, day));
          if (!s) return null;
          return (
            <article key={d.id} className="card j-item">
              <h3>
                {d.direction === "lent" ? t("debts.lent") : t("debts.borrowed")}: {d.person} · {fmt(d.amount)}
              </h3>
              <p>{t("debts.repaid", { repaid: fmt(s.repaid), left: fmt(s.outstanding) })}</p>
              {s.settled && <p className="ok-box">{t("debts.settled")}</p>}
              {s.late && <p className="error">{t("debts.late")}</p>}
              {!s.settled && (
                <PayForm
                  currency={d.amount.currency}
                  label={t("debts.repay")}
                  onPay={(m) => save("personalDebts", { ...d, repayments: [...d.repayments, { date: day, amount: m }] })}
                />
              )}
              <button type="button" className="linklike" onClick={() => void remove("personalDebts", d.id)}>
                {t("delete")}
              </button>
            </article>
          );
        })}
        <form onSubmit={(e) => void addPerson(e)} noValidate className="card">
          <fieldset className="radio">
            <legend>{t("debts.kind")}</legend>
            {(["lent", "borrowed"] as const).map((dir) => (
              <label key={dir} className="check">
                <input type="radio" name="j-dir" checked={p.direction === dir} onChange={() => setP((x) => ({ ...x, direction: dir }))} />
                {t(`debts.${dir}`)}
              </label>
            ))}
          </fieldset>
          <Field label={t("debts.person")} value={p.person} onChange={(v) => setP((x) => ({ ...x, person: v }))} error={errs.person} />
          <Field label={`${t("amount")} (${profile.currency})`} value={p.amount} onChange={(v) => setP((x) => ({ ...x, amount: v }))} inputMode="decimal" error={errs.pamount} />
          <Field label={`${t("debts.due")} ${t("optional")}`} type="date" value={p.due} onChange={(v) => setP((x) => ({ ...x, due: v }))} />
          <button type="submit" className="button">
            {t("addBtn")}
          </button>
        </form>
      </section>
    </Screen>
  );
}
