/**
 * Currencies Juang knows: the ISO 4217 minor-unit exponent (how amounts are stored) and the
 * display exponent (how amounts are shown and to what converted amounts are rounded).
 * Rupiah is stored in sen (ISO exponent 2) but shown, and rounded, to whole rupiah.
 */
export interface CurrencyInfo {
  readonly code: string;
  /** ISO 4217 minor-unit exponent: amounts are stored as integers of 10^-minor. */
  readonly minor: number;
  /** Display exponent (≤ minor): amounts are shown and converted amounts rounded to 10^-display. */
  readonly display: number;
  /** Symbol as written in Indonesian and English text. */
  readonly symbol: string;
}

const table: Record<string, [number, number, string]> = {
  IDR: [2, 0, "Rp"],
  HKD: [2, 2, "HK$"],
  MYR: [2, 2, "RM"],
  SGD: [2, 2, "S$"],
  TWD: [2, 2, "NT$"],
  SAR: [2, 2, "SAR"],
  AED: [2, 2, "AED"],
  QAR: [2, 2, "QAR"],
  KWD: [3, 3, "KWD"],
  BHD: [3, 3, "BHD"],
  OMR: [3, 3, "OMR"],
  JOD: [3, 3, "JOD"],
  JPY: [0, 0, "¥"],
  KRW: [0, 0, "₩"],
  VND: [0, 0, "₫"],
  USD: [2, 2, "US$"],
  EUR: [2, 2, "€"],
  GBP: [2, 2, "£"],
  AUD: [2, 2, "A$"],
  NZD: [2, 2, "NZ$"],
  CAD: [2, 2, "C$"],
  CHF: [2, 2, "CHF"],
  CNY: [2, 2, "CN¥"],
  MOP: [2, 2, "MOP$"],
  BND: [2, 2, "B$"],
  PHP: [2, 2, "₱"],
  THB: [2, 2, "฿"],
  INR: [2, 2, "₹"],
  TRY: [2, 2, "TRY"],
  EGP: [2, 2, "EGP"],
  PLN: [2, 2, "PLN"],
  NOK: [2, 2, "NOK"],
  SEK: [2, 2, "SEK"],
  DKK: [2, 2, "DKK"],
};

export const CURRENCIES: ReadonlyMap<string, CurrencyInfo> = new Map(
  Object.entries(table).map(([code, [minor, display, symbol]]) => [code, { code, minor, display, symbol }]),
);

export function isCurrency(code: string): boolean {
  return CURRENCIES.has(code);
}

/** Information on a currency; throws on an unknown code. */
export function currencyInfo(code: string): CurrencyInfo {
  const info = CURRENCIES.get(code);
  if (!info) throw new RangeError(`Unknown currency ${JSON.stringify(code)}`);
  return info;
}
