import { describe, expect, it } from "vitest";
import {
  CORRIDORS,
  compareQuotes,
  corridorFor,
  createRateTable,
  parseMoney,
  remittanceCost,
  remittanceCostOf,
  SDG_CORRIDOR_CEILING_PCT,
  SDG_TARGET_PCT,
} from "../src/index.js";
import { hkd, idr } from "./fixtures.js";

describe("true cost of a remittance", () => {
  it("fee plus exchange-rate margin against the reference rate, amount and percent", () => {
    const c = remittanceCost({ sent: hkd("4000"), fee: hkd("50"), received: idr("8120000"), referenceRate: "2050" });
    expect(c.referenceValue).toEqual(idr("8200000"));
    expect(c.marginReceived).toEqual(idr("80000"));
    expect(c.margin).toEqual(hkd("39.02")); // 4000 − 8 120 000/2050 = 39.0243…
    expect(c.total).toEqual(hkd("89.02"));
    expect(c.feePct).toBe("1.25");
    expect(c.marginPct).toBe("0.98");
    expect(c.totalPct).toBe("2.23"); // 89.0243…/4000
    expect(c.totalBasisPoints).toBe(223);
    expect(c.rateGot).toBe("2030");
    expect(c.meetsSdgTarget).toBe(true);
    expect(c.aboveCorridorCeiling).toBe(false);
  });

  it("flags an expensive transfer against the SDG 3% target and the 5% ceiling", () => {
    const sgd = (s: string) => parseMoney(s, "SGD");
    const c = remittanceCost({ sent: sgd("1000"), fee: sgd("10"), received: idr("11000000"), referenceRate: "11800" });
    expect(c.margin).toEqual(sgd("67.80"));
    expect(c.totalPct).toBe("7.78");
    expect(c.meetsSdgTarget).toBe(false);
    expect(c.aboveCorridorCeiling).toBe(true);
    expect(SDG_TARGET_PCT).toBe(3);
    expect(SDG_CORRIDOR_CEILING_PCT).toBe(5);
  });

  it("a rate better than the reference gives a negative margin", () => {
    const c = remittanceCost({ sent: hkd("100"), fee: hkd("0"), received: idr("206000"), referenceRate: "2050" });
    expect(c.marginReceived).toEqual(idr("-1000"));
    expect(c.totalPct).toBe("-0.49");
  });

  it("costs a remittance row against the rate table of its date", () => {
    const rates = createRateTable([{ from: "HKD", to: "IDR", rate: "2050", date: "2024-05-01" }]);
    const c = remittanceCostOf(
      { id: "r", date: "2024-05-10", type: "remittance", accountId: "a", amount: hkd("4000"), fee: hkd("50"), toAmount: idr("8120000") },
      rates,
    );
    expect(c?.totalPct).toBe("2.23");
    expect(
      remittanceCostOf({ id: "r", date: "2024-04-10", type: "remittance", accountId: "a", amount: hkd("4000"), toAmount: idr("8120000") }, rates),
    ).toBeUndefined();
  });
});

describe("comparing provider quotes", () => {
  const quotes = [
    { provider: "Western Union", date: "2024-05-10", send: hkd("4000"), fee: hkd("50"), receiveCurrency: "IDR", received: idr("8120000") },
    { provider: "Bank", date: "2024-05-09", send: hkd("4000"), fee: hkd("0"), receiveCurrency: "IDR", rate: "2010" },
    { provider: "App", date: "2024-05-10", send: hkd("4000"), fee: hkd("20"), receiveCurrency: "IDR", received: idr("8150000") },
  ];

  it("is led by what the family receives, each with its date and true cost", () => {
    const cmp = compareQuotes(quotes, "2050");
    expect(cmp.results.map((r) => r.quote.provider)).toEqual(["App", "Western Union", "Bank"]);
    expect(cmp.results.map((r) => r.received)).toEqual([idr("8150000"), idr("8120000"), idr("8040000")]);
    expect(cmp.results.map((r) => r.lessThanBest.minor)).toEqual([0, 3000000, 11000000]);
    expect(cmp.results.map((r) => r.quote.date)).toEqual(["2024-05-10", "2024-05-10", "2024-05-09"]);
    expect(cmp.results[0]?.cost?.totalPct).toBe("1.11");
    expect(cmp.results[0]?.pay).toEqual(hkd("4020"));
    expect(cmp.sdgTargetPct).toBe(3);
    // Hong Kong has no figure in the corridor data: said so, not invented
    expect(cmp.corridor?.avgTotalCostPct).toBeNull();
  });

  it("refuses quotes for different amounts", () => {
    expect(() => compareQuotes([quotes[0]!, { ...quotes[1]!, send: hkd("3000") }])).toThrow(RangeError);
  });

  it("uses the corridor averages with their period, source and checked date as a yardstick", () => {
    const sg = corridorFor("SGD");
    expect(sg).toMatchObject({ from: "SG", period: "2020Q3", avgTotalCostPct: 2.94, within3pct: true });
    expect(corridorFor("MY")?.avgTotalCostPct).toBe(5.39);
    expect(sg?.source).toMatch(/World Bank/);
    expect(CORRIDORS.checked).toBe("2026-11-22");
    expect(corridorFor("HKD")?.verified).toBe(false);
  });
});
