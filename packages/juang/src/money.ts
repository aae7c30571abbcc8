/**
 * Money as integer minor units (ISO 4217 exponent) of one currency. No floating point:
 * amounts are safe integers (checked on every operation, RangeError on overflow) and every
 * multiplication or division goes through bigint.
 *
 * THE rounding rule (the only one in Juang): when a value must be rounded, it is rounded
 * HALF AWAY FROM ZERO to the display unit of its currency (IDR: 1 rupiah; JPY/KRW: 1 unit;
 * most others: 0.01). 2.5 → 3, -2.5 → -3, 2.49 → 2.
 */
import { currencyInfo } from "./currency.js";

export interface Money {
  /** Integer count of minor units (10^-exponent of the currency; IDR: sen). */
  readonly minor: number;
  /** ISO 4217 code. */
  readonly currency: string;
}

export function checkSafe(n: number | bigint, what = "amount"): number {
  const v = typeof n === "bigint" ? Number(n) : n;
  if (typeof n === "bigint" ? n > BigInt(Number.MAX_SAFE_INTEGER) || n < BigInt(Number.MIN_SAFE_INTEGER) : !Number.isSafeInteger(n)) {
    throw new RangeError(`${what} is not a safe integer of minor units: ${String(n)}`);
  }
  return v;
}

export function money(minor: number | bigint, currency: string): Money {
  currencyInfo(currency);
  return { minor: checkSafe(minor), currency };
}

export const zero = (currency: string): Money => money(0, currency);

function same(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new TypeError(`Currency mismatch: ${a.currency} vs ${b.currency}`);
}

export function add(a: Money, b: Money): Money {
  same(a, b);
  return { minor: checkSafe(a.minor + b.minor), currency: a.currency };
}

export function sub(a: Money, b: Money): Money {
  same(a, b);
  return { minor: checkSafe(a.minor - b.minor), currency: a.currency };
}

export function neg(a: Money): Money {
  return { minor: a.minor === 0 ? 0 : -a.minor, currency: a.currency };
}

export function sum(items: readonly Money[], currency: string): Money {
  let total = 0;
  for (const m of items) {
    if (m.currency !== currency) throw new TypeError(`Currency mismatch: ${m.currency} vs ${currency}`);
    total = checkSafe(total + m.minor);
  }
  return { minor: total, currency };
}

export function compare(a: Money, b: Money): -1 | 0 | 1 {
  same(a, b);
  return a.minor < b.minor ? -1 : a.minor > b.minor ? 1 : 0;
}

export const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** n / d rounded half away from zero (d ≠ 0). */
export function divRound(n: bigint, d: bigint): bigint {
  if (d === 0n) throw new RangeError("Division by zero");
  const negative = n < 0n !== d < 0n;
  const a = n < 0n ? -n : n;
  const b = d < 0n ? -d : d;
  let q = a / b;
  if ((a % b) * 2n >= b) q += 1n;
  return negative ? -q : q;
}

/** Round minor units to the display unit of the currency (half away from zero). */
export function roundToDisplay(m: Money): Money {
  const { minor, display } = currencyInfo(m.currency);
  const step = pow10(minor - display);
  if (step === 1n) return m;
  return { minor: checkSafe(divRound(BigInt(m.minor), step) * step), currency: m.currency };
}

/**
 * Multiply by an exact fraction num/den and round to the display unit of the currency.
 * Used to split amounts (e.g. a goal's monthly amount) and to scale quotes.
 */
export function mulDiv(m: Money, num: bigint, den: bigint): Money {
  const { minor, display } = currencyInfo(m.currency);
  const step = pow10(minor - display);
  const q = divRound(BigInt(m.minor) * num, den * step);
  return { minor: checkSafe(q * step), currency: m.currency };
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * Parse a decimal string in major units ("1250000", "5100.50", "-3.5") into minor units, by hand.
 * Refuses thousands separators, exponents, and more decimals than the currency's minor unit.
 */
export function parseMoney(text: string, currency: string): Money {
  const { minor } = currencyInfo(currency);
  const m = DECIMAL.exec(text.trim());
  if (!m) throw new SyntaxError(`Not a decimal amount: ${JSON.stringify(text)}`);
  const [, sign, int = "0", frac = ""] = m;
  const trimmed = frac.replace(/0+$/, "");
  if (trimmed.length > minor) {
    throw new RangeError(`${currency} has at most ${minor} decimals: ${JSON.stringify(text)}`);
  }
  const digits = int + frac.padEnd(minor, "0").slice(0, minor);
  // up to 15 digits is exactly representable: skip bigint
  if (digits.length <= 15) {
    const n = Number(digits);
    return { minor: sign && n !== 0 ? -n : n, currency };
  }
  const v = BigInt(digits);
  return money(sign ? -v : v, currency);
}

/** Minor units as a plain decimal string in major units: 125000000 IDR → "1250000", 510050 HKD → "5100.50". */
export function toDecimalString(m: Money, opts: { decimals?: number; trimZeroFraction?: boolean } = {}): string {
  const exp = currencyInfo(m.currency).minor;
  const decimals = opts.decimals ?? exp;
  let v = BigInt(m.minor);
  if (decimals < exp) v = divRound(v, pow10(exp - decimals));
  else if (decimals > exp) v *= pow10(decimals - exp);
  const negative = v < 0n;
  const digits = (negative ? -v : v).toString().padStart(decimals + 1, "0");
  const int = digits.slice(0, digits.length - decimals);
  let frac = digits.slice(digits.length - decimals);
  if (opts.trimZeroFraction && /^0*$/.test(frac)) frac = "";
  return `${negative ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

/**
 * Amount rounded to the display unit, as a decimal string without trailing fractional zeros
 * (IDR 125000000 sen → "1250000"; HKD 510050 → "5100.5"). Used for JSON numbers in the CLI.
 */
export function toDisplayNumberString(m: Money): string {
  const { display } = currencyInfo(m.currency);
  const s = toDecimalString(m, { decimals: display });
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}
