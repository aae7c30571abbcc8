/**
 * Corridor averages of the total cost of sending money to Indonesia (World Bank Remittance Prices
 * Worldwide), copied into packages/juang/data with their source, period and checked date. They
 * are old yardsticks: always show the period. Corridors with no figure say so (never invented).
 */
import data from "../data/remittance-corridors.json" with { type: "json" };

/** SDG 10.c: remittance costs below 3% of the amount sent by 2030… */
export const SDG_TARGET_PCT = 3;
/** …and no corridor costing more than 5%. */
export const SDG_CORRIDOR_CEILING_PCT = 5;

export interface Corridor {
  /** Sending country (ISO 3166 alpha-2). */
  readonly from: string;
  readonly to: string;
  /** Sending currency. */
  readonly currency: string;
  /** Quarter of the figure, e.g. "2020Q3"; null when there is no figure. */
  readonly period: string | null;
  /** Average total cost (fee + FX margin) as % of the amount sent; null = unknown. */
  readonly avgTotalCostPct: number | null;
  readonly source: string;
  readonly verified: boolean;
  readonly basis?: string;
  readonly history?: Readonly<Record<string, number>>;
  readonly within5pct?: boolean;
  readonly within3pct?: boolean;
  readonly note?: string;
}

export interface CorridorData {
  readonly about: string;
  readonly sdg: string;
  /** Date the figures were checked against the source. */
  readonly checked: string;
  readonly corridors: readonly Corridor[];
}

export const CORRIDORS: CorridorData = {
  about: data._about,
  sdg: data._sdg,
  checked: data._checked,
  corridors: data.corridors as Corridor[],
};

/** The corridor to Indonesia from a sending country (e.g. "SG") or a sending currency (e.g. "SGD"). */
export function corridorFor(countryOrCurrency: string): Corridor | undefined {
  const k = countryOrCurrency.toUpperCase();
  return CORRIDORS.corridors.find((c) => (k.length === 2 ? c.from === k : c.currency === k));
}
