import {
  type Account,
  compareQuotes,
  corridorFor,
  type Money,
  type Quote,
  type RemittanceCost,
  remittanceCost,
  type Transaction,
} from "@safetravel/juang";
import { type FormEvent, useState } from "react";
import { all, remove, save, transactionsOf, useLive } from "../db";
import { useJ } from "../i18n";
import { amountExample, lastMonths, latestRate, newId, type Profile, readAmount, readRate, type StoredRate, today } from "../model";
import { Field, Screen, Select } from "../ui";
import { safe } from "./Home";

const PURPOSES = ["family", "education", "savings", "debt", "house", "business", "health", "other"] as const;

/** The true cost of one remittance, with the SDG target and the corridor average as yardsticks. */
export function CostBox({ cost, country }: { cost: RemittanceCost; country: string }) {
  const { t, fmt, lang } = useJ();
  const pct = (s: string) => (lang === "id" ? s.replace(".", ",") : s);
  const trim = (s: string) => (s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s);
  const corridor = corridorFor(country) ?? corridorFor(cost.sent.currency);
  return (
    <div className={`j-cost ${cost.meetsSdgTarget ? "ok-box" : "warn-box"}`} data-testid="true-cost">
      <h3>{t("remit.cost")}</h3>
      <p className="j-big-sm">{t("remit.costLine", { total: fmt(cost.total), pct: pct(cost.totalPct) })}</p>
      <p>{t("remit.feePart", { fee: fmt(cost.fee), pct: pct(cost.feePct) })}</p>
      <p>{t("remit.marginPart", { margin: fmt(cost.margin), pct: pct(cost.marginPct), less: fmt(cost.marginReceived) })}</p>
      <p className="hint">{t("remit.rates", { got: pct(trim(cost.rateGot)), ref: pct(trim(cost.referenceRate)) })}</p>
      <p>
        <strong>{cost.meetsSdgTarget ? t("remit.sdgOk") : t("remit.sdgOver")}</strong> {cost.aboveCorridorCeiling && t("remit.ceiling")}
      </p>
      {corridor && corridor.avgTotalCostPct !== null ? (
        <p className="hint">
          {t("remit.corridor", { from: corridor.from, pct: pct(String(corridor.avgTotalCostPct)), period: corridor.period, source: "World Bank RPW" })}
        </p>
      ) : (
        <p className="hint">{t("remit.corridorNone", { from: corridor?.from ?? country })}</p>
      )}
    </div>
  );
}

export default function Remit({ profile }: { profile: Profile }) {
  const { t, lang, fmt } = useJ();
  const cur = profile.currency;
  const data = useLive(async () => {
    const [accounts, rates, quotes, txs] = await Promise.all([
      all<Account>("accounts"),
      all<StoredRate>("rates"),
      all<Quote & { id: string }>("quotes"),
      transactionsOf<Transaction>(lastMonths(3)),
    ]);
    return { accounts, rates, quotes, remits: txs.filter((x) => x.type === "remittance") };
  }, []);
  const [f, setF] = useState({ sent: "", fee: "", received: "", recipient: "", provider: "", purpose: "family", ref: "", date: today() });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [last, setLast] = useState<{ cost?: RemittanceCost } | undefined>(undefined);
  const set = (k: keyof typeof f) => (v: string) => setF((x) => ({ ...x, [k]: v }));
  const lastRate = data ? latestRate(data.rates, cur) : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const amt = (k: "sent" | "fee" | "received", c: string, req: boolean): Money | undefined => {
      try {
        const m = readAmount(f[k], c, lang);
        if (!m && req) errs[k] = t("required");
        return m;
      } catch {
        errs[k] = t("badAmount", { ex: amountExample(c, lang) });
        return undefined;
      }
    };
    const sent = amt("sent", cur, true);
    const fee = amt("fee", cur, false) ?? { minor: 0, currency: cur };
    const received = amt("received", "IDR", true);
    let ref: string | undefined;
    try {
      ref = readRate(f.ref) ?? lastRate?.rate;
    } catch {
      errs.ref = t("badAmount", { ex: "2050,35" });
    }
    if (!f.recipient.trim()) errs.recipient = t("required");
    setErrors(errs);
    const account = data?.accounts.find((a) => a.currency === cur) ?? data?.accounts[0];
    if (Object.keys(errs).length > 0 || !sent || !received || !account || sent.minor <= 0) return;
    const tx: Transaction = {
      id: newId("r"),
      date: f.date || today(),
      type: "remittance",
      accountId: account.id,
      amount: sent,
      ...(fee.minor > 0 ? { fee } : {}),
      toAmount: received,
      payee: f.recipient.trim(),
      ...(f.provider.trim() ? { provider: f.provider.trim() } : {}),
      category: f.purpose,
    };
    await save("transactions", tx);
    if (f.ref.trim() && ref) await save("rates", { id: `${cur}>IDR@${tx.date}`, from: cur, to: "IDR", rate: ref, date: tx.date, source: "saya" });
    const cost = ref ? safe(() => remittanceCost({ sent, fee, received, referenceRate: ref })) : undefined;
    setLast(cost ? { cost } : {});
    setF((x) => ({ ...x, sent: "", fee: "", received: "" }));
  };

  return (
    <Screen title={t("remit.title")}>
      <p>{t("remit.lead")}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t("remit.sent", { cur })} value={f.sent} onChange={set("sent")} inputMode="decimal" error={errors.sent} />
        <Field label={t("remit.fee", { cur })} value={f.fee} onChange={set("fee")} inputMode="decimal" error={errors.fee} />
        <Field label={t("remit.received")} value={f.received} onChange={set("received")} inputMode="decimal" error={errors.received} />
        <Field label={t("remit.recipient")} value={f.recipient} onChange={set("recipient")} error={errors.recipient} />
        <Field label={`${t("remit.provider")} ${t("optional")}`} value={f.provider} onChange={set("provider")} />
        <Select label={t("remit.purpose")} value={f.purpose} onChange={set("purpose")} options={PURPOSES.map((p) => ({ value: p, label: t(`purposes.${p}`) }))} />
        <Field
          label={t("remit.refRate", { cur })}
          hint={t("remit.refRateHint", { last: lastRate ? ` (${lastRate.rate}, ${lastRate.date ?? ""})` : "" })}
          value={f.ref}
          onChange={set("ref")}
          inputMode="decimal"
          error={errors.ref}
        />
        <Field label={t("date")} type="date" value={f.date} onChange={set("date")} />
        <button type="submit" className="button wide">
          {t("remit.saveRemit")}
        </button>
      </form>
      {last && (
        <div role="status">
          <p className="ok-box">{t("saved")}</p>
          {last.cost ? <CostBox cost={last.cost} country={profile.country} /> : <p className="warn">{t("remit.noRef")}</p>}
        </div>
      )}

      <Quotes profile={profile} quotes={data?.quotes ?? []} refRate={lastRate?.rate} />

      <section aria-labelledby="j-rh">
        <h2 id="j-rh">{t("remit.history")}</h2>
        {data && data.remits.length === 0 && <p className="hint">{t("none")}</p>}
        <ul className="j-list">
          {data?.remits.map((r) => {
            const ref = data ? latestRateOn(data.rates, r.amount.currency, r.date) : undefined;
            const cost = ref && r.toAmount ? safe(() => remittanceCost({ sent: r.amount, fee: r.fee ?? { minor: 0, currency: r.amount.currency }, received: r.toAmount!, referenceRate: ref })) : undefined;
            return (
              <li key={r.id}>
                <span>
                  {r.date} · {r.payee} {r.provider ? `(${r.provider})` : ""}
                  <br />
                  {fmt(r.amount)} → {r.toAmount ? fmt(r.toAmount) : "?"}
                </span>
                <strong>{cost ? `${lang === "id" ? cost.totalPct.replace(".", ",") : cost.totalPct}%` : ""}</strong>
              </li>
            );
          })}
        </ul>
      </section>
    </Screen>
  );
}

function latestRateOn(rates: readonly StoredRate[], from: string, date: string): string | undefined {
  let best: StoredRate | undefined;
  for (const r of rates) if (r.from === from && r.to === "IDR" && (r.date ?? "") <= date && (!best || (r.date ?? "") > (best.date ?? ""))) best = r;
  return best?.rate;
}

function Quotes({ profile, quotes, refRate }: { profile: Profile; quotes: readonly (Quote & { id: string })[]; refRate: string | undefined }) {
  const { t, lang, fmt } = useJ();
  const cur = profile.currency;
  const [q, setQ] = useState({ send: quotes[0] ? "" : "", provider: "", fee: "", received: "" });
  const [err, setErr] = useState<Record<string, string>>({});
  const base = quotes[0]?.send;
  const cmp = quotes.length > 0 ? safe(() => compareQuotes(quotes, refRate)) : undefined;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    const read = (k: "send" | "fee" | "received", c: string) => {
      try {
        return readAmount(q[k], c, lang);
      } catch {
        errs[k] = t("badAmount", { ex: amountExample(c, lang) });
        return undefined;
      }
    };
    const send = base ?? read("send", cur);
    const fee = read("fee", cur) ?? { minor: 0, currency: cur };
    const received = read("received", "IDR");
    if (!send) errs.send ??= t("required");
    if (!received) errs.received ??= t("required");
    if (!q.provider.trim()) errs.provider = t("required");
    setErr(errs);
    if (Object.keys(errs).length || !send || !received) return;
    await save("quotes", { id: newId("q"), provider: q.provider.trim(), date: today(), send, fee, receiveCurrency: "IDR", received });
    setQ((x) => ({ ...x, provider: "", fee: "", received: "" }));
  };

  return (
    <section aria-labelledby="j-qh" className="card">
      <h2 id="j-qh">{t("remit.quotes")}</h2>
      <p className="hint">{t("remit.quotesLead")}</p>
      {base && <p>{t("remit.quoteFor", { amount: fmt(base) })}</p>}
      {cmp && (
        <ol className="j-quotes">
          {cmp.results.map((r, i) => (
            <li key={(r.quote as Quote & { id: string }).id}>
              <strong>
                {r.quote.provider}
                {i === 0 ? ` — ${t("remit.best")}` : ""}
              </strong>
              <br />
              {fmt(r.received)} · {t("remit.pay", { amount: fmt(r.pay) })}
              {i > 0 && <> · {t("remit.lessThanBest", { amount: fmt(r.lessThanBest) })}</>}
              {r.cost && <> · {lang === "id" ? r.cost.totalPct.replace(".", ",") : r.cost.totalPct}%</>}
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={(e) => void add(e)} noValidate>
        {!base && <Field label={t("remit.sent", { cur })} value={q.send} onChange={(v) => setQ((x) => ({ ...x, send: v }))} inputMode="decimal" error={err.send} />}
        <Field label={t("remit.quoteProvider")} value={q.provider} onChange={(v) => setQ((x) => ({ ...x, provider: v }))} error={err.provider} />
        <Field label={t("remit.fee", { cur })} value={q.fee} onChange={(v) => setQ((x) => ({ ...x, fee: v }))} inputMode="decimal" error={err.fee} />
        <Field label={t("remit.quoteReceived")} value={q.received} onChange={(v) => setQ((x) => ({ ...x, received: v }))} inputMode="decimal" error={err.received} />
        <div className="row">
          <button type="submit" className="button secondary">
            {t("remit.addQuote")}
          </button>
          {quotes.length > 0 && (
            <button type="button" className="linklike" onClick={() => void Promise.all(quotes.map((x) => remove("quotes", x.id)))}>
              {t("remit.clearQuotes")}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
