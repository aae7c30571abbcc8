/**
 * The true cost of sending money home: the fee plus the exchange-rate margin against a reference
 * (market) rate, as an amount in the sending currency and as a percentage of the amount sent
 * (World Bank RPW definition), compared with the SDG target (3%) and corridor ceiling (5%).
 */
import { type Corridor, corridorFor, SDG_CORRIDOR_CEILING_PCT, SDG_TARGET_PCT } from "./corridors.js";
import { currencyInfo } from "./currency.js";
import { checkSafe, divRound, type Money, pow10 } from "./money.js";
import { convert, impliedRate, parseRate, type Rate, type RateTable, rateToString } from "./rates.js";
import type { Transaction } from "./model.js";

export interface RemittanceCostInput {
  /** Amount sent (not including the fee). */
  readonly sent: Money;
  /** Fee in the sending currency (0 when none). */
  readonly fee: Money;
  /** What the family received. */
  readonly received: Money;
  /** Reference rate sent→received currency (mid-market), decimal string or exact rate. */
  readonly referenceRate: string | Rate;
}

export interface RemittanceCost {
  readonly sent: Money;
  readonly fee: Money;
  readonly received: Money;
  /** What the amount sent is worth at the reference rate (receiving currency). */
  readonly referenceValue: Money;
  /** Exchange-rate margin in the receiving currency: referenceValue − received (negative = better than reference). */
  readonly marginReceived: Money;
  /** Exchange-rate margin in the sending currency. */
  readonly margin: Money;
  /** fee + margin, sending currency. */
  readonly total: Money;
  /** Percentages of the amount sent, 2 decimals ("4.35"). */
  readonly feePct: string;
  readonly marginPct: string;
  readonly totalPct: string;
  /** Total cost in hundredths of a percent (435 = 4.35%). */
  readonly totalBasisPoints: number;
  readonly rateGot: string;
  readonly referenceRate: string;
  /** total ≤ 3% */
  readonly meetsSdgTarget: boolean;
  /** total > 5% */
  readonly aboveCorridorCeiling: boolean;
}

const pct = (bp: bigint): string => {
  const neg = bp < 0n;
  const s = (neg ? -bp : bp).toString().padStart(3, "0");
  return `${neg ? "-" : ""}${s.slice(0, -2)}.${s.slice(-2)}`;
};

export function remittanceCost(input: RemittanceCostInput): RemittanceCost {
  const { sent, fee, received } = input;
  if (fee.currency !== sent.currency) throw new TypeError("The fee must be in the sending currency");
  if (sent.minor <= 0) throw new RangeError("The amount sent must be positive");
  const ref = typeof input.referenceRate === "string" ? parseRate(input.referenceRate) : input.referenceRate;
  const f = currencyInfo(sent.currency);
  const t = currencyInfo(received.currency);
  // margin in sending minor units, exactly: (sent·10^et·num − received·10^ef·den) / (10^et·num)
  const D = pow10(t.minor) * ref.num;
  const marginNum = BigInt(sent.minor) * D - BigInt(received.minor) * pow10(f.minor) * ref.den;
  const step = pow10(f.minor - f.display);
  const margin = checkSafe(divRound(marginNum, D * step) * step);
  const totalNum = BigInt(fee.minor) * D + marginNum;
  const total = checkSafe(divRound(totalNum, D * step) * step);
  const base = BigInt(sent.minor) * D;
  const totalBp = divRound(totalNum * 10000n, base);
  const referenceValue = convert(sent, received.currency, ref);
  return {
    sent,
    fee,
    received,
    referenceValue,
    marginReceived: { minor: checkSafe(referenceValue.minor - received.minor), currency: received.currency },
    margin: { minor: margin, currency: sent.currency },
    total: { minor: total, currency: sent.currency },
    feePct: pct(divRound(BigInt(fee.minor) * 10000n, BigInt(sent.minor))),
    marginPct: pct(divRound(marginNum * 10000n, base)),
    totalPct: pct(totalBp),
    totalBasisPoints: Number(totalBp),
    rateGot: received.minor > 0 ? rateToString(impliedRate(sent, received), 8) : "0",
    referenceRate: rateToString(ref, 8),
    meetsSdgTarget: totalBp <= BigInt(SDG_TARGET_PCT * 100),
    aboveCorridorCeiling: totalBp > BigInt(SDG_CORRIDOR_CEILING_PCT * 100),
  };
}

/** True cost of a remittance row, against the table's rate on the row's date; undefined when unknown. */
export function remittanceCostOf(tx: Transaction, rates: RateTable): RemittanceCost | undefined {
  if (tx.type !== "remittance" || !tx.toAmount) return undefined;
  const found = rates.lookup(tx.amount.currency, tx.toAmount.currency, tx.date);
  if (!found) return undefined;
  return remittanceCost({ sent: tx.amount, fee: tx.fee ?? { minor: 0, currency: tx.amount.currency }, received: tx.toAmount, referenceRate: found.rate });
}

/** A provider's quote for sending an amount. Give `received` or `rate` (then received = amount × rate, rounded). */
export interface Quote {
  readonly provider: string;
  /** YYYY-MM-DD the quote was seen. */
  readonly date: string;
  readonly send: Money;
  /** Charged on top of `send`, in the sending currency. */
  readonly fee: Money;
  readonly receiveCurrency: string;
  readonly received?: Money;
  readonly rate?: string;
  readonly note?: string;
}

export interface QuoteResult {
  readonly quote: Quote;
  readonly received: Money;
  readonly rateGot: string;
  /** Total the worker pays (send + fee). */
  readonly pay: Money;
  /** How much less the family gets than with the best quote (0 for the best). */
  readonly lessThanBest: Money;
  /** With a reference rate: the true cost. */
  readonly cost?: RemittanceCost;
}

export interface QuoteComparison {
  /** Best first: most received by the family; ties → lower fee. */
  readonly results: readonly QuoteResult[];
  readonly referenceRate?: string;
  /** The corridor average for the sending currency, as a yardstick (with its period and source). */
  readonly corridor?: Corridor;
  readonly sdgTargetPct: number;
  readonly corridorCeilingPct: number;
}

/** Compare quotes for the same amount sent: led by what the family receives. */
export function compareQuotes(quotes: readonly Quote[], referenceRate?: string): QuoteComparison {
  const first = quotes[0];
  const base = {
    sdgTargetPct: SDG_TARGET_PCT,
    corridorCeilingPct: SDG_CORRIDOR_CEILING_PCT,
    ...(referenceRate ? { referenceRate } : {}),
  };
  if (!first) return { results: [], ...base };
  for (const q of quotes) {
    if (q.send.currency !== first.send.currency || q.send.minor !== first.send.minor || q.receiveCurrency !== first.receiveCurrency) {
      throw new RangeError("Quotes must be for the same amount, sending and receiving currency");
    }
    if (q.fee.currency !== q.send.currency) throw new TypeError(`${q.provider}: the fee must be in the sending currency`);
  }
  const rows = quotes.map((quote) => {
    let received = quote.received;
    if (!received) {
      if (!quote.rate) throw new RangeError(`${quote.provider}: give received or rate`);
      received = convert(quote.send, quote.receiveCurrency, parseRate(quote.rate));
    }
    if (received.currency !== quote.receiveCurrency) throw new TypeError(`${quote.provider}: received is not in ${quote.receiveCurrency}`);
    return { quote, received };
  });
  rows.sort((a, b) => b.received.minor - a.received.minor || a.quote.fee.minor - b.quote.fee.minor);
  const best = rows[0]!.received.minor;
  const corridor = corridorFor(first.send.currency);
  return {
    ...base,
    ...(corridor ? { corridor } : {}),
    results: rows.map(({ quote, received }) => ({
      quote,
      received,
      rateGot: rateToString(impliedRate(quote.send, received), 8),
      pay: { minor: checkSafe(quote.send.minor + quote.fee.minor), currency: quote.send.currency },
      lessThanBest: { minor: best - received.minor, currency: received.currency },
      ...(referenceRate ? { cost: remittanceCost({ sent: quote.send, fee: quote.fee, received, referenceRate }) } : {}),
    })),
  };
}
