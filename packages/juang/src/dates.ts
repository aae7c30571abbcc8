/** Calendar dates as "YYYY-MM-DD" strings and months as "YYYY-MM" (no time zones involved). */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return DAYS[month - 1] ?? 0;
}

export function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function isMonth(s: string): boolean {
  const m = MONTH.exec(s);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseDate(s: string): Ymd {
  if (!isDate(s)) throw new RangeError(`Not a date (YYYY-MM-DD): ${JSON.stringify(s)}`);
  return { y: Number(s.slice(0, 4)), m: Number(s.slice(5, 7)), d: Number(s.slice(8, 10)) };
}

const p2 = (n: number) => String(n).padStart(2, "0");

export function formatDate({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, "0")}-${p2(m)}-${p2(d)}`;
}

export const monthOf = (date: string): string => date.slice(0, 7);

/** Month index (year*12 + month-1) for month arithmetic. */
export function monthIndex(monthOrDate: string): number {
  return Number(monthOrDate.slice(0, 4)) * 12 + Number(monthOrDate.slice(5, 7)) - 1;
}

export function monthFromIndex(i: number): string {
  return `${String(Math.floor(i / 12)).padStart(4, "0")}-${p2((i % 12) + 1)}`;
}

export function addMonthsToMonth(month: string, n: number): string {
  return monthFromIndex(monthIndex(month) + n);
}

/** Add months to a date, keeping the wanted day of month but clamping to the month's end (Jan 31 + 1 → Feb 28/29). */
export function addMonths(date: string, n: number, dayOfMonth?: number): string {
  const { d } = parseDate(date);
  const mi = monthIndex(date) + n;
  const y = Math.floor(mi / 12);
  const m = (mi % 12) + 1;
  return formatDate({ y, m, d: Math.min(dayOfMonth ?? d, daysInMonth(y, m)) });
}

export function addDays(date: string, n: number): string {
  const { y, m, d } = parseDate(date);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return formatDate({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
}

/** Months from a to b inclusive ("2024-01".."2024-03" → 3 months). */
export function monthsBetween(fromMonth: string, toMonth: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(fromMonth); i <= monthIndex(toMonth); i++) out.push(monthFromIndex(i));
  return out;
}
