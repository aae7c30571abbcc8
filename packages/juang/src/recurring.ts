/** Recurring items (salary, the monthly remittance, a loan installment) and their next occurrence. */
import { addDays, addMonths, monthIndex, parseDate } from "./dates.js";
import type { Transaction } from "./model.js";

export type Frequency = "weekly" | "monthly" | "yearly";

export interface RecurringRule {
  readonly id: string;
  /** The transaction to create each time (without id and date). */
  readonly template: Omit<Transaction, "id" | "date">;
  readonly frequency: Frequency;
  /** Every `interval` weeks/months/years (default 1). */
  readonly interval?: number;
  /** First occurrence, YYYY-MM-DD. */
  readonly start: string;
  /** Last possible date (inclusive). */
  readonly end?: string;
  /** Monthly/yearly: wanted day of month (default: the start's day); clamped to short months. */
  readonly dayOfMonth?: number;
}

/** The k-th occurrence (k ≥ 0). */
function occurrence(rule: RecurringRule, k: number): string {
  const n = rule.interval ?? 1;
  const day = rule.dayOfMonth ?? parseDate(rule.start).d;
  switch (rule.frequency) {
    case "weekly":
      return addDays(rule.start, 7 * n * k);
    case "monthly":
      return addMonths(rule.start, n * k, day);
    case "yearly":
      return addMonths(rule.start, 12 * n * k, day);
  }
}

/** First occurrence strictly after `after` (or on it when `inclusive`), or undefined past the end. */
export function nextOccurrence(rule: RecurringRule, after: string, inclusive = false): string | undefined {
  const n = rule.interval ?? 1;
  if (!Number.isInteger(n) || n < 1) throw new RangeError("interval must be a positive integer");
  let k = 0;
  if (after > rule.start) {
    if (rule.frequency === "weekly") {
      const { y, m, d } = parseDate(after);
      const s = parseDate(rule.start);
      const days = (Date.UTC(y, m - 1, d) - Date.UTC(s.y, s.m - 1, s.d)) / 86_400_000;
      k = Math.max(Math.floor(days / (7 * n)) - 1, 0);
    } else {
      const months = monthIndex(after) - monthIndex(rule.start);
      k = Math.max(Math.floor(months / (rule.frequency === "yearly" ? 12 * n : n)) - 1, 0);
    }
  }
  for (;; k++) {
    const date = occurrence(rule, k);
    if (rule.end && date > rule.end) return undefined;
    if (date > after || (inclusive && date === after)) return date;
  }
}

/** Occurrences from `from` to `to` inclusive. */
export function occurrencesBetween(rule: RecurringRule, from: string, to: string): string[] {
  const out: string[] = [];
  let d = nextOccurrence(rule, from, true);
  while (d && d <= to) {
    out.push(d);
    d = nextOccurrence(rule, d);
  }
  return out;
}

/** Transactions for the occurrences from `from` to `to`; ids are "<rule id>@<date>" so re-running creates no duplicates. */
export function materialize(rule: RecurringRule, from: string, to: string): Transaction[] {
  return occurrencesBetween(rule, from, to).map((date) => ({ ...rule.template, id: `${rule.id}@${date}`, date }));
}
