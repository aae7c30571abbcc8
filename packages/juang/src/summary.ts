/**
 * The `juang summary` computation, pure (the CLI only reads the file and prints): CSV text +
 * month + currency + rates → the month's report as a JSON-ready object whose amounts are
 * numbers in major units of the report currency, rounded to its display unit (IDR 1250000,
 * HKD 5100.5).
 */
import { currencyInfo } from "./currency.js";
import { isMonth } from "./dates.js";
import type { Problem } from "./model.js";
import { type Money, toDisplayNumberString } from "./money.js";
import { createRateTable, type RateEntry } from "./rates.js";
import { type MissingRate, monthReport, type RateUsed } from "./report.js";
import { importTransactionsCsv } from "./transactions-csv.js";

/** Label of transfer fees without a category in the summary. */
export const SUMMARY_FEE_LABEL = "Biaya";
/** Label of expenses without a category in the summary. */
export const SUMMARY_OTHER_LABEL = "Lainnya";

export interface SummaryJson {
  readonly month: string;
  readonly currency: string;
  readonly income: number;
  readonly expense: number;
  readonly remitted: number;
  readonly remittanceFees: number;
  readonly received: number;
  readonly byCategory: Readonly<Record<string, number>>;
  readonly rates: readonly RateUsed[];
  readonly receivedUnknown: number;
}

export type SummaryResult =
  | { readonly ok: true; readonly summary: SummaryJson }
  | { readonly ok: false; readonly kind: "file"; readonly errors: Problem[] }
  | { readonly ok: false; readonly kind: "rates"; readonly missing: MissingRate[] };

/** Amount as a JSON number in major units, exact to the display unit (e.g. 5100.5). */
export const displayNumber = (m: Money): number => Number(toDisplayNumberString(m));

export function summarizeCsv(csv: string, month: string, currency: string, rates: readonly RateEntry[]): SummaryResult {
  if (!isMonth(month)) throw new RangeError(`--month must be YYYY-MM, got ${JSON.stringify(month)}`);
  currencyInfo(currency);
  const imported = importTransactionsCsv(csv);
  if (!imported.ok) return { ok: false, kind: "file", errors: imported.errors };
  const report = monthReport(imported.transactions, month, {
    currency,
    rates: createRateTable(rates),
    feeCategory: SUMMARY_FEE_LABEL,
    otherCategory: SUMMARY_OTHER_LABEL,
  });
  if (report.missingRates.length > 0) return { ok: false, kind: "rates", missing: [...report.missingRates] };
  const byCategory: Record<string, number> = {};
  for (const [k, v] of Object.entries(report.byCategory).sort(([a], [b]) => a.localeCompare(b))) byCategory[k] = displayNumber(v);
  return {
    ok: true,
    summary: {
      month,
      currency,
      income: displayNumber(report.income),
      expense: displayNumber(report.expense),
      remitted: displayNumber(report.remitted),
      remittanceFees: displayNumber(report.remittanceFees),
      received: displayNumber(report.received),
      byCategory,
      rates: report.ratesUsed,
      receivedUnknown: report.receivedUnknownCount,
    },
  };
}
