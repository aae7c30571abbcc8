/**
 * Money the way Indonesians write it: "Rp 1.250.000", "HK$ 5.100,00" (locale id: dot for
 * thousands, comma for decimals, symbol then a space); in English "Rp 1,250,000", "HK$5,100.00".
 * Shown to the display unit of the currency (IDR without decimals), rounded half away from zero.
 */
import { currencyInfo } from "./currency.js";
import type { Lang } from "./model.js";
import { type Money, parseMoney, toDecimalString } from "./money.js";

export interface FormatOptions {
  /** Show the ISO code instead of the symbol ("IDR 1.250.000"). */
  readonly code?: boolean;
  /** Force a number of decimals (default: the currency's display unit). */
  readonly decimals?: number;
  /** Leave out the symbol. */
  readonly bare?: boolean;
}

function group(int: string, sep: string): string {
  let out = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += sep;
    out += int[i];
  }
  return out;
}

export function formatNumberString(decimal: string, lang: Lang): string {
  const negative = decimal.startsWith("-");
  const [int = "0", frac] = (negative ? decimal.slice(1) : decimal).split(".");
  const [thousands, point] = lang === "id" ? [".", ","] : [",", "."];
  return `${negative ? "-" : ""}${group(int, thousands)}${frac ? point + frac : ""}`;
}

export function formatMoney(m: Money, lang: Lang = "id", opts: FormatOptions = {}): string {
  const info = currencyInfo(m.currency);
  const s = toDecimalString(m, { decimals: opts.decimals ?? info.display });
  const negative = s.startsWith("-") && /[1-9]/.test(s);
  const number = formatNumberString(negative ? s.slice(1) : s.replace(/^-/, ""), lang);
  if (opts.bare) return `${negative ? "-" : ""}${number}`;
  const symbol = opts.code ? m.currency : info.symbol;
  const space = lang === "id" || /[A-Za-z]$/.test(symbol) ? " " : "";
  return `${negative ? "-" : ""}${symbol}${space}${number}`;
}

/**
 * Parse an amount as a person types it: "1.250.000" or "5.100,50" (id), "1,250,000" or
 * "5,100.50" (en); a leading symbol or code and spaces are ignored. Never uses floats.
 */
export function parseUserAmount(text: string, currency: string, lang: Lang = "id"): Money {
  const info = currencyInfo(currency);
  let t = text.trim();
  for (const prefix of [info.symbol, currency]) if (t.startsWith(prefix)) t = t.slice(prefix.length);
  t = t.replace(/\s/g, "");
  const [thousands, point] = lang === "id" ? [".", ","] : [",", "."];
  const parts = t.split(point);
  if (parts.length > 2) throw new SyntaxError(`Not an amount: ${JSON.stringify(text)}`);
  const [int = "", frac] = parts;
  const groups = int.split(thousands);
  if (groups.length > 1 && !groups.slice(1).every((g) => g.length === 3)) {
    throw new SyntaxError(`Not an amount: ${JSON.stringify(text)}`);
  }
  return parseMoney(frac === undefined ? groups.join("") : `${groups.join("")}.${frac}`, currency);
}
