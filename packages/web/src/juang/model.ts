/** Device-side model of Juang: her profile, countries, ids, dates, and a few derived helpers. */
import { type Money, parseUserAmount, type Lang, type RateEntry, createRateTable, type RateTable, currencyInfo } from "@safetravel/juang";

export interface Profile {
  id: "me";
  country: string;
  currency: string;
  salary: Money;
  payday: number;
  saveFor?: string;
  createdAt: string;
}

export interface StoredRate extends RateEntry {
  id: string;
}

/** Main destination countries of Indonesian migrant workers and their currency. */
export const COUNTRIES: readonly { code: string; currency: string; id: string; en: string }[] = [
  { code: "MY", currency: "MYR", id: "Malaysia", en: "Malaysia" },
  { code: "HK", currency: "HKD", id: "Hong Kong", en: "Hong Kong" },
  { code: "TW", currency: "TWD", id: "Taiwan", en: "Taiwan" },
  { code: "SG", currency: "SGD", id: "Singapura", en: "Singapore" },
  { code: "SA", currency: "SAR", id: "Arab Saudi", en: "Saudi Arabia" },
  { code: "AE", currency: "AED", id: "Uni Emirat Arab", en: "United Arab Emirates" },
  { code: "QA", currency: "QAR", id: "Qatar", en: "Qatar" },
  { code: "KW", currency: "KWD", id: "Kuwait", en: "Kuwait" },
  { code: "OM", currency: "OMR", id: "Oman", en: "Oman" },
  { code: "BH", currency: "BHD", id: "Bahrain", en: "Bahrain" },
  { code: "JO", currency: "JOD", id: "Yordania", en: "Jordan" },
  { code: "KR", currency: "KRW", id: "Korea Selatan", en: "South Korea" },
  { code: "JP", currency: "JPY", id: "Jepang", en: "Japan" },
  { code: "BN", currency: "BND", id: "Brunei", en: "Brunei" },
  { code: "MO", currency: "MOP", id: "Makau", en: "Macau" },
];

export const SALARY_CURRENCIES = [...new Set([...COUNTRIES.map((c) => c.currency), "USD", "IDR"])];

export function newId(prefix: string): string {
  const r = [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${prefix}${r}`;
}

const pad = (n: number) => String(n).padStart(2, "0");
/** Today on the device's calendar, YYYY-MM-DD. */
export function today(d = new Date()): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
export const thisMonth = (): string => today().slice(0, 7);

/** Parse what she typed into money; undefined when empty; throws a SyntaxError/RangeError when invalid. */
export function readAmount(text: string, currency: string, lang: Lang): Money | undefined {
  if (text.trim() === "") return undefined;
  const m = parseUserAmount(text, currency, lang);
  if (m.minor < 0) throw new RangeError("negative");
  return m;
}

/** An example amount for error messages, in her language's notation. */
export function amountExample(currency: string, lang: Lang): string {
  const d = currencyInfo(currency).display;
  if (d === 0) return lang === "id" ? "1.500.000" : "1,500,000";
  return lang === "id" ? "150,50" : "150.50";
}

/** Quick amounts for the keypad, in major units, by currency magnitude. */
export function presets(currency: string): number[] {
  switch (currency) {
    case "IDR":
      return [10_000, 20_000, 50_000, 100_000];
    case "KRW":
      return [5_000, 10_000, 20_000, 50_000];
    case "JPY":
      return [500, 1_000, 2_000, 5_000];
    case "TWD":
      return [50, 100, 200, 500];
    case "KWD":
    case "BHD":
    case "OMR":
    case "JOD":
      return [1, 2, 5, 10];
    default:
      return [10, 20, 50, 100];
  }
}

export function rateTable(rates: readonly RateEntry[]): RateTable {
  try {
    return createRateTable(rates);
  } catch {
    return createRateTable([]);
  }
}

/** The latest rate she recorded for FROM→IDR (by date), if any. */
export function latestRate(rates: readonly StoredRate[], from: string, to = "IDR"): StoredRate | undefined {
  let best: StoredRate | undefined;
  for (const r of rates) if (r.from === from && r.to === to && (!best || (r.date ?? "") > (best.date ?? ""))) best = r;
  return best;
}

/** Months from `n - 1` months ago to this one. */
export function lastMonths(n: number, end = thisMonth()): string[] {
  const [y, m] = end.split("-").map(Number) as [number, number];
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const idx = y * 12 + (m - 1) - i;
    out.push(`${Math.floor(idx / 12)}-${pad((idx % 12) + 1)}`);
  }
  return out;
}

/** Validates a decimal rate as typed ("2050,35" or "2050.35") into the package's "2050.35". */
export function readRate(text: string): string | undefined {
  const t = text.trim().replace(/\s/g, "");
  if (!t) return undefined;
  let s = t;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  else s = s.replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(s) || /^0+(\.0+)?$/.test(s)) throw new SyntaxError("rate");
  return s;
}
