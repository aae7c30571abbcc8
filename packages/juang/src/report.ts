/**
 * Monthly reports in a chosen currency.
 *
 * - income: income rows. expense: expense rows + transfer fees (in the row's category, or the
 *   fees category when none). remitted: remittance amounts; remittanceFees: their fees (NOT in
 *   expense, NOT in byCategory); received: what remittances delivered to the family.
 * - byCategory: expenses (with transfer fees) by category. Remittances are not in byCategory:
 *   they are in remitted.
 * - Every amount is converted at the rate of its own row's date from the rate table (latest
 *   entry on or before the date; undated entries as fallback) and rounded half away from zero to
 *   the display unit of the report currency, row by row, then summed.
 * - A cross-currency row carries the rate she got (amount → toAmount). It is used only when the
 *   table has no rate for that pair: the table gives the reference (market) rate, so that
 *   remitted − received shows the exchange-rate margin. `received` of a remittance whose toAmount
 *   is already in the report currency needs no rate at all.
 * - Amounts for which no rate exists are left out and listed in missingRates.
 */
import { currencyInfo } from "./currency.js";
import { FEES_CATEGORY, OTHER_CATEGORY } from "./categories.js";
import { monthOf, monthsBetween } from "./dates.js";
import type { Transaction } from "./model.js";
import { checkSafe, type Money, money } from "./money.js";
import { convert, impliedRate, invertRate, type Rate, type RateTable, rateToString } from "./rates.js";

export interface ReportOptions {
  /** Report currency. */
  readonly currency: string;
  readonly rates: RateTable;
  /** Key for transfer fees without a category (default "fees"). */
  readonly feeCategory?: string;
  /** Key for expenses without a category (default "other"). */
  readonly otherCategory?: string;
}

export interface RateUsed {
  readonly from: string;
  readonly to: string;
  /** Decimal string as written in the table (for source "row": the rate she got, 8 decimals). */
  readonly rate: string;
  /** Date of the table entry (or of the row); undefined for undated entries. */
  readonly date?: string;
  /** "table" (or the entry's own source, e.g. "cli") or "row" for the rate she got on that row. */
  readonly source: string;
  /** True when the entry is TO:FROM and was inverted. */
  readonly inverted: boolean;
}

export interface MissingRate {
  readonly from: string;
  readonly to: string;
  readonly date: string;
}

export interface MonthReport {
  readonly month: string;
  readonly currency: string;
  readonly income: Money;
  readonly expense: Money;
  readonly remitted: Money;
  readonly remittanceFees: Money;
  readonly received: Money;
  /** income − expense − remitted − remittanceFees */
  readonly net: Money;
  /** Expenses (incl. transfer fees) by category key. */
  readonly byCategory: Readonly<Record<string, Money>>;
  readonly incomeByCategory: Readonly<Record<string, Money>>;
  readonly transactionCount: number;
  readonly remittanceCount: number;
  /** Remittances without a known amount received (left out of `received`). */
  readonly receivedUnknownCount: number;
  readonly ratesUsed: readonly RateUsed[];
  readonly missingRates: readonly MissingRate[];
}

class Converter {
  readonly used = new Map<string, RateUsed>();
  readonly missing = new Map<string, MissingRate>();
  constructor(
    readonly currency: string,
    readonly rates: RateTable,
  ) {}

  /** Converted minor units, or undefined (and recorded) when no rate exists. */
  convert(m: Money, tx: Transaction): number | undefined {
    if (m.currency === this.currency) return m.minor;
    const found = this.rates.lookup(m.currency, this.currency, tx.date);
    let rate: Rate | undefined;
    if (found) {
      rate = found.rate;
      const e = found.entry;
      const key = `${e.from}>${e.to}@${e.date ?? ""}=${e.rate}`;
      if (!this.used.has(key)) {
        this.used.set(key, { from: e.from, to: e.to, rate: e.rate, date: e.date, source: e.source ?? "table", inverted: found.inverted });
      }
    } else if (tx.toAmount && tx.toAmount.currency !== tx.amount.currency) {
      const a = tx.amount.currency;
      const b = tx.toAmount.currency;
      if (m.currency === a && this.currency === b) rate = impliedRate(tx.amount, tx.toAmount);
      else if (m.currency === b && this.currency === a) rate = invertRate(impliedRate(tx.amount, tx.toAmount));
      if (rate) {
        const r = rateToString(impliedRate(tx.amount, tx.toAmount), 8);
        const key = `${a}>${b}@${tx.date}=${r}#row`;
        if (!this.used.has(key)) this.used.set(key, { from: a, to: b, rate: r, date: tx.date, source: "row", inverted: m.currency === b });
      }
    }
    if (!rate) {
      const key = `${m.currency}>${this.currency}@${tx.date}`;
      if (!this.missing.has(key)) this.missing.set(key, { from: m.currency, to: this.currency, date: tx.date });
      return undefined;
    }
    return convert(m, this.currency, rate).minor;
  }
}

function addTo(rec: Record<string, number>, key: string, v: number): void {
  rec[key] = checkSafe((rec[key] ?? 0) + v);
}

/** Report of the transactions dated in `month` (YYYY-MM). */
export function monthReport(transactions: readonly Transaction[], month: string, opts: ReportOptions): MonthReport {
  currencyInfo(opts.currency);
  const cur = opts.currency;
  const feeKey = opts.feeCategory ?? FEES_CATEGORY;
  const otherKey = opts.otherCategory ?? OTHER_CATEGORY;
  const cv = new Converter(cur, opts.rates);
  let income = 0;
  let expense = 0;
  let remitted = 0;
  let fees = 0;
  let received = 0;
  let count = 0;
  let remittances = 0;
  let unknown = 0;
  const byCat: Record<string, number> = {};
  const incByCat: Record<string, number> = {};
  const first = `${month}-01`;
  const last = `${month}-32`;
  for (const tx of transactions) {
    if (tx.date < first || tx.date > last) continue;
    count++;
    switch (tx.type) {
      case "income": {
        const v = cv.convert(tx.amount, tx);
        if (v !== undefined) {
          income = checkSafe(income + v);
          addTo(incByCat, tx.category || otherKey, v);
        }
        break;
      }
      case "expense": {
        const v = cv.convert(tx.amount, tx);
        if (v !== undefined) {
          expense = checkSafe(expense + v);
          addTo(byCat, tx.category || otherKey, v);
        }
        break;
      }
      case "transfer": {
        if (tx.fee && tx.fee.minor !== 0) {
          const v = cv.convert(tx.fee, tx);
          if (v !== undefined) {
            expense = checkSafe(expense + v);
            addTo(byCat, tx.category || feeKey, v);
          }
        }
        break;
      }
      case "remittance": {
        remittances++;
        const v = cv.convert(tx.amount, tx);
        if (v !== undefined) remitted = checkSafe(remitted + v);
        if (tx.fee && tx.fee.minor !== 0) {
          const f = cv.convert(tx.fee, tx);
          if (f !== undefined) fees = checkSafe(fees + f);
        }
        if (tx.toAmount) {
          const r = cv.convert(tx.toAmount, tx);
          if (r !== undefined) received = checkSafe(received + r);
        } else unknown++;
        break;
      }
    }
  }
  const m = (v: number) => money(v, cur);
  const toMoney = (rec: Record<string, number>) => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, m(v)]));
  return {
    month,
    currency: cur,
    income: m(income),
    expense: m(expense),
    remitted: m(remitted),
    remittanceFees: m(fees),
    received: m(received),
    net: m(checkSafe(income - expense - remitted - fees)),
    byCategory: toMoney(byCat),
    incomeByCategory: toMoney(incByCat),
    transactionCount: count,
    remittanceCount: remittances,
    receivedUnknownCount: unknown,
    ratesUsed: [...cv.used.values()].sort((a, b) => `${a.from}${a.to}${a.date ?? ""}`.localeCompare(`${b.from}${b.to}${b.date ?? ""}`)),
    missingRates: [...cv.missing.values()].sort((a, b) => `${a.date}${a.from}`.localeCompare(`${b.date}${b.from}`)),
  };
}

export interface TrendReport {
  readonly currency: string;
  readonly months: readonly MonthReport[];
  /** Rates used across all months (deduplicated). */
  readonly ratesUsed: readonly RateUsed[];
  readonly missingRates: readonly MissingRate[];
}

/** One report per month from `fromMonth` to `toMonth` inclusive: income, expense, remitted… over time. */
export function trendReport(transactions: readonly Transaction[], fromMonth: string, toMonth: string, opts: ReportOptions): TrendReport {
  const byMonth = new Map<string, Transaction[]>();
  for (const tx of transactions) {
    const k = monthOf(tx.date);
    const list = byMonth.get(k);
    if (list) list.push(tx);
    else byMonth.set(k, [tx]);
  }
  const months = monthsBetween(fromMonth, toMonth).map((mo) => monthReport(byMonth.get(mo) ?? [], mo, opts));
  const used = new Map<string, RateUsed>();
  const missing = new Map<string, MissingRate>();
  for (const r of months) {
    for (const u of r.ratesUsed) used.set(`${u.from}>${u.to}@${u.date ?? ""}=${u.rate}#${u.source}`, u);
    for (const x of r.missingRates) missing.set(`${x.from}>${x.to}@${x.date}`, x);
  }
  return { currency: opts.currency, months, ratesUsed: [...used.values()], missingRates: [...missing.values()] };
}
