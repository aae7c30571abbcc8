import { describe, expect, it } from "vitest";
import {
  add,
  convert,
  currencyInfo,
  divRound,
  formatMoney,
  invertRate,
  money,
  mulDiv,
  parseMoney,
  parseRate,
  parseUserAmount,
  roundToDisplay,
  sub,
  sum,
  toDecimalString,
  toDisplayNumberString,
} from "../src/index.js";

describe("rounding: half away from zero", () => {
  it("rounds halves away from zero, both signs", () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(divRound(-3n, 2n)).toBe(-2n);
    expect(divRound(3n, -2n)).toBe(-2n);
    expect(divRound(7n, 3n)).toBe(2n);
    expect(divRound(-7n, 3n)).toBe(-2n);
    expect(divRound(1n, 3n)).toBe(0n);
    expect(divRound(-1n, 3n)).toBe(0n);
    expect(divRound(2n, 4n)).toBe(1n);
    expect(divRound(-2n, 4n)).toBe(-1n);
    expect(() => divRound(1n, 0n)).toThrow(RangeError);
  });

  it("rounds rupiah to whole rupiah (display unit), not to sen", () => {
    expect(currencyInfo("IDR")).toMatchObject({ minor: 2, display: 0 });
    expect(roundToDisplay(money(125000050, "IDR")).minor).toBe(125000100); // Rp 1.250.000,50 → 1.250.001
    expect(roundToDisplay(money(-125000050, "IDR")).minor).toBe(-125000100);
    expect(roundToDisplay(money(125000049, "IDR")).minor).toBe(125000000);
    expect(roundToDisplay(money(510055, "HKD")).minor).toBe(510055); // HKD already at its display unit
  });

  it("converts exactly with the rate as a fraction, rounding once to the target display unit", () => {
    // 0.01 HKD × 2050 = 20.5 rupiah → 21 (half away); the negative mirror → −21
    expect(convert(money(1, "HKD"), "IDR", parseRate("2050"))).toEqual(money(2100, "IDR"));
    expect(convert(money(-1, "HKD"), "IDR", parseRate("2050"))).toEqual(money(-2100, "IDR"));
    // 0.01 HKD × 2050.35 = 20.5035 → 21
    expect(convert(money(1, "HKD"), "IDR", parseRate("2050.35")).minor).toBe(2100);
    // Rp 1 × 0.005 = HK$0.005 → HK$0.01; −Rp 1 → −HK$0.01
    expect(convert(money(100, "IDR"), "HKD", parseRate("0.005")).minor).toBe(1);
    expect(convert(money(-100, "IDR"), "HKD", parseRate("0.005")).minor).toBe(-1);
    expect(convert(money(100, "IDR"), "HKD", parseRate("0.0049")).minor).toBe(0);
    // 5100.50 HKD × 2050.35 = 10 457 810.175 → Rp 10.457.810
    expect(convert(parseMoney("5100.50", "HKD"), "IDR", parseRate("2050.35")).minor).toBe(1045781000);
    // JPY has no minor unit
    expect(convert(money(1000, "JPY"), "IDR", parseRate("104.555"))).toEqual(money(10455500, "IDR"));
    expect(convert(money(100000000, "IDR"), "KRW", parseRate("0.0851"))).toEqual(money(85100, "KRW"));
  });

  it("handles big amounts exactly and refuses to overflow", () => {
    // Rp 10 trillion → HKD at 2050.35 = 4 877 216 085.0586… → 4 877 216 085.06
    const big = parseMoney("10000000000000", "IDR");
    expect(big.minor).toBe(1e15);
    expect(convert(big, "HKD", invertRate(parseRate("2050.35"))).minor).toBe(487721608506);
    expect(() => convert(parseMoney("10000000000000", "HKD"), "IDR", parseRate("2050.35"))).toThrow(RangeError);
    expect(() => money(2 ** 53, "IDR")).toThrow(RangeError);
    expect(() => add(money(Number.MAX_SAFE_INTEGER, "IDR"), money(1, "IDR"))).toThrow(RangeError);
    expect(() => money(1.5, "IDR")).toThrow(RangeError);
  });

  it("splits with the same rule (mulDiv)", () => {
    expect(mulDiv(parseMoney("10000000", "IDR"), 1n, 3n).minor).toBe(333333300);
    expect(mulDiv(parseMoney("1000", "HKD"), 1n, 3n).minor).toBe(33333);
    expect(mulDiv(parseMoney("-0.05", "HKD"), 1n, 10n).minor).toBe(-1);
  });
});

describe("arithmetic", () => {
  it("adds, subtracts and sums in one currency only", () => {
    expect(add(money(150, "HKD"), money(250, "HKD"))).toEqual(money(400, "HKD"));
    expect(sub(money(150, "HKD"), money(250, "HKD"))).toEqual(money(-100, "HKD"));
    expect(sum([money(1, "IDR"), money(2, "IDR")], "IDR").minor).toBe(3);
    expect(() => add(money(1, "HKD"), money(1, "IDR"))).toThrow(TypeError);
    expect(() => money(1, "XXX")).toThrow(RangeError);
  });
});

describe("decimal strings, parsed by hand", () => {
  it("parses major-unit decimals to minor units", () => {
    expect(parseMoney("1250000", "IDR").minor).toBe(125000000);
    expect(parseMoney("0.10", "IDR").minor).toBe(10);
    expect(parseMoney("5100.5", "HKD").minor).toBe(510050);
    expect(parseMoney("1.000", "HKD").minor).toBe(100);
    expect(parseMoney("-3.50", "HKD").minor).toBe(-350);
    expect(parseMoney("0.1", "HKD").minor).toBe(10); // no 0.1 float error anywhere
    expect(parseMoney("12345", "JPY").minor).toBe(12345);
  });
  it("refuses what is not a plain decimal or has too many decimals", () => {
    expect(() => parseMoney("1.234", "HKD")).toThrow(RangeError);
    expect(() => parseMoney("12.5", "JPY")).toThrow(RangeError);
    expect(() => parseMoney("1,000", "HKD")).toThrow(SyntaxError);
    expect(() => parseMoney("1e3", "HKD")).toThrow(SyntaxError);
    expect(() => parseMoney("", "HKD")).toThrow(SyntaxError);
    expect(() => parseMoney(".5", "HKD")).toThrow(SyntaxError);
  });
  it("writes decimals back", () => {
    expect(toDecimalString(money(510050, "HKD"))).toBe("5100.50");
    expect(toDecimalString(money(-5, "HKD"))).toBe("-0.05");
    expect(toDecimalString(money(125000000, "IDR"), { trimZeroFraction: true })).toBe("1250000");
    expect(toDisplayNumberString(money(510050, "HKD"))).toBe("5100.5");
    expect(toDisplayNumberString(money(125000050, "IDR"))).toBe("1250001");
  });
});

describe("formatting the way Indonesians write money", () => {
  it("id locale", () => {
    expect(formatMoney(parseMoney("1250000", "IDR"), "id")).toBe("Rp 1.250.000");
    expect(formatMoney(parseMoney("5100", "HKD"), "id")).toBe("HK$ 5.100,00");
    expect(formatMoney(parseMoney("1250000.50", "IDR"), "id")).toBe("Rp 1.250.001");
    expect(formatMoney(parseMoney("-1250000", "IDR"), "id")).toBe("-Rp 1.250.000");
    expect(formatMoney(parseMoney("999", "IDR"), "id")).toBe("Rp 999");
    expect(formatMoney(parseMoney("1234.5", "MYR"), "id")).toBe("RM 1.234,50");
    expect(formatMoney(parseMoney("1250000", "IDR"), "id", { code: true })).toBe("IDR 1.250.000");
  });
  it("en locale", () => {
    expect(formatMoney(parseMoney("1250000", "IDR"), "en")).toBe("Rp 1,250,000");
    expect(formatMoney(parseMoney("5100", "HKD"), "en")).toBe("HK$5,100.00");
    expect(formatMoney(parseMoney("1234567", "JPY"), "en")).toBe("¥1,234,567");
    expect(formatMoney(parseMoney("-0.5", "SGD"), "en")).toBe("-S$0.50");
    expect(formatMoney(parseMoney("1234.5", "MYR"), "en")).toBe("RM 1,234.50");
  });
  it("parses amounts as people type them", () => {
    expect(parseUserAmount("Rp 1.250.000", "IDR", "id").minor).toBe(125000000);
    expect(parseUserAmount("5.100,50", "HKD", "id").minor).toBe(510050);
    expect(parseUserAmount("HK$5,100.50", "HKD", "en").minor).toBe(510050);
    expect(() => parseUserAmount("1.25.000", "IDR", "id")).toThrow(SyntaxError);
  });
});
