/**
 * Exchange rates: decimal strings ("2050.35" = 1 unit of FROM buys 2050.35 units of TO), parsed
 * into exact fractions and applied exactly; the result is rounded once, half away from zero, to
 * the display unit of the target currency (see money.ts).
 *
 * A rate table keeps history: a dated entry applies from its date until the next one; the rate
 * for a transaction is the latest entry dated on or before the transaction's date. An undated
 * entry (e.g. given on the command line) applies to every date for which no dated entry exists.
 * A rate FROM:TO also serves TO:FROM by exact inversion.
 */
import { currencyInfo } from "./currency.js";
import { checkSafe, divRound, type Money, pow10 } from "./money.js";

/** An exact positive fraction. */
export interface Rate {
  readonly num: bigint;
  readonly den: bigint;
}

const RATE = /^(\d+)(?:\.(\d+))?$/;

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

function reduce(num: bigint, den: bigint): Rate {
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

/** Parse "2050.35" into 205035/100 (reduced). Throws on anything but a positive decimal. */
export function parseRate(text: string): Rate {
  const m = RATE.exec(text.trim());
  if (!m) throw new SyntaxError(`Not a decimal rate: ${JSON.stringify(text)}`);
  const frac = m[2] ?? "";
  const num = BigInt((m[1] ?? "") + frac);
  if (num === 0n) throw new RangeError("A rate must be greater than zero");
  return reduce(num, pow10(frac.length));
}

export function invertRate(r: Rate): Rate {
  return { num: r.den, den: r.num };
}

/** The exact rate implied by two amounts (major-unit ratio to/from), e.g. the rate she got. */
export function impliedRate(from: Money, to: Money): Rate {
  const ef = currencyInfo(from.currency).minor;
  const et = currencyInfo(to.currency).minor;
  if (from.minor <= 0 || to.minor <= 0) throw new RangeError("Amounts must be positive to imply a rate");
  return reduce(BigInt(to.minor) * pow10(ef), BigInt(from.minor) * pow10(et));
}

/** A rate as a decimal string, rounded half away from zero to `decimals` places (trailing zeros trimmed). */
export function rateToString(r: Rate, decimals = 6): string {
  const v = divRound(r.num * pow10(decimals), r.den).toString().padStart(decimals + 1, "0");
  const int = v.slice(0, v.length - decimals);
  const frac = v.slice(v.length - decimals).replace(/0+$/, "");
  return frac ? `${int}.${frac}` : int;
}

/** Convert exactly and round half away from zero to the display unit of `to`. */
export function convert(m: Money, to: string, rate: Rate): Money {
  if (m.currency === to) return m;
  const f = currencyInfo(m.currency);
  const t = currencyInfo(to);
  // target display units = minor * num * 10^td / (den * 10^fm)
  const q = divRound(BigInt(m.minor) * rate.num * pow10(t.display), rate.den * pow10(f.minor));
  return { minor: checkSafe(q * pow10(t.minor - t.display), "converted amount"), currency: to };
}

export interface RateEntry {
  readonly from: string;
  readonly to: string;
  /** Decimal string: 1 FROM = rate TO. */
  readonly rate: string;
  /** YYYY-MM-DD from which the rate applies; absent = applies to all dates (fallback). */
  readonly date?: string;
  /** Where the rate came from (bank board, provider, "cli", ...). */
  readonly source?: string;
}

export interface RateFound {
  readonly rate: Rate;
  /** The entry as written (its pair may be the inverse of the one asked for). */
  readonly entry: RateEntry;
  readonly inverted: boolean;
}

export interface RateTable {
  readonly entries: readonly RateEntry[];
  /** The rate FROM→TO for a date (latest dated entry on or before it, else an undated one), or undefined. */
  lookup(from: string, to: string, date: string): RateFound | undefined;
}

interface Dated {
  date: string;
  entry: RateEntry;
  rate: Rate;
}

function latestOnOrBefore(list: readonly Dated[] | undefined, date: string): Dated | undefined {
  if (!list || list.length === 0) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  let found: Dated | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = list[mid]!;
    if (d.date <= date) {
      found = d;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function createRateTable(entries: readonly RateEntry[] = []): RateTable {
  const dated = new Map<string, Dated[]>();
  const undated = new Map<string, { entry: RateEntry; rate: Rate }>();
  for (const entry of entries) {
    currencyInfo(entry.from);
    currencyInfo(entry.to);
    const rate = parseRate(entry.rate);
    const key = `${entry.from}>${entry.to}`;
    if (entry.date === undefined) undated.set(key, { entry, rate });
    else {
      const list = dated.get(key) ?? [];
      list.push({ date: entry.date, entry, rate });
      dated.set(key, list);
    }
  }
  // Stable sort by date; for the same date and pair the later entry wins.
  for (const list of dated.values()) {
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    for (let i = list.length - 2; i >= 0; i--) if (list[i]!.date === list[i + 1]!.date) list.splice(i, 1);
  }
  const cache = new Map<string, RateFound | null>();
  return {
    entries,
    lookup(from, to, date) {
      if (from === to) return { rate: { num: 1n, den: 1n }, entry: { from, to, rate: "1" }, inverted: false };
      const ck = `${from}>${to}@${date}`;
      const cached = cache.get(ck);
      if (cached !== undefined) return cached ?? undefined;
      const direct = latestOnOrBefore(dated.get(`${from}>${to}`), date);
      const inverse = latestOnOrBefore(dated.get(`${to}>${from}`), date);
      let found: RateFound | undefined;
      if (direct && (!inverse || direct.date >= inverse.date)) found = { rate: direct.rate, entry: direct.entry, inverted: false };
      else if (inverse) found = { rate: invertRate(inverse.rate), entry: inverse.entry, inverted: true };
      else {
        const u = undated.get(`${from}>${to}`);
        const ui = undated.get(`${to}>${from}`);
        if (u) found = { rate: u.rate, entry: u.entry, inverted: false };
        else if (ui) found = { rate: invertRate(ui.rate), entry: ui.entry, inverted: true };
      }
      cache.set(ck, found ?? null);
      return found;
    },
  };
}

/** Parse "FROM:TO=RATE" (the CLI's --rate) into an undated entry. */
export function parseRateSpec(spec: string): RateEntry {
  const m = /^([A-Z]{3}):([A-Z]{3})=(.+)$/.exec(spec.trim().replace(/^[a-z]{3}:[a-z]{3}/i, (x) => x.toUpperCase()));
  if (!m) throw new SyntaxError(`Expected FROM:TO=RATE (e.g. HKD:IDR=2050.35), got ${JSON.stringify(spec)}`);
  const [, from = "", to = "", rate = ""] = m;
  currencyInfo(from);
  currencyInfo(to);
  parseRate(rate);
  return { from, to, rate, source: "cli" };
}
