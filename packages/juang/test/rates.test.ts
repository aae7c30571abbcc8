import { describe, expect, it } from "vitest";
import { createRateTable, impliedRate, parseRate, parseRateSpec, rateToString } from "../src/index.js";
import { hkd, idr } from "./fixtures.js";

describe("dated exchange rates", () => {
  const table = createRateTable([
    { from: "HKD", to: "IDR", rate: "2000", date: "2024-01-01" },
    { from: "HKD", to: "IDR", rate: "2050.35", date: "2024-03-01" },
    { from: "IDR", to: "HKD", rate: "0.0005", date: "2024-04-01" },
  ]);

  it("uses the latest rate on or before the date", () => {
    expect(table.lookup("HKD", "IDR", "2023-12-31")).toBeUndefined();
    expect(table.lookup("HKD", "IDR", "2024-01-01")?.entry.rate).toBe("2000");
    expect(table.lookup("HKD", "IDR", "2024-02-29")?.entry.rate).toBe("2000");
    expect(table.lookup("HKD", "IDR", "2024-03-01")?.entry.rate).toBe("2050.35");
    expect(table.lookup("HKD", "IDR", "2024-03-31")?.rate).toEqual(parseRate("2050.35"));
  });

  it("inverts a rate recorded the other way round", () => {
    const r = table.lookup("HKD", "IDR", "2024-04-02");
    expect(r?.inverted).toBe(true);
    expect(r?.rate).toEqual({ num: 2000n, den: 1n });
    expect(table.lookup("IDR", "HKD", "2024-02-01")?.rate).toEqual({ num: 1n, den: 2000n });
    expect(table.lookup("HKD", "USD", "2024-02-01")).toBeUndefined();
  });

  it("undated rates apply to all dates that have no dated rate", () => {
    const t = createRateTable([
      { from: "HKD", to: "IDR", rate: "1900" },
      { from: "HKD", to: "IDR", rate: "2050", date: "2024-03-01" },
    ]);
    expect(t.lookup("HKD", "IDR", "2020-01-01")?.entry.rate).toBe("1900");
    expect(t.lookup("HKD", "IDR", "2024-03-05")?.entry.rate).toBe("2050");
    expect(t.lookup("IDR", "HKD", "2020-01-01")?.inverted).toBe(true);
  });

  it("parses rates exactly and refuses bad ones", () => {
    expect(parseRate("2050.35")).toEqual({ num: 41007n, den: 20n });
    expect(() => parseRate("0")).toThrow(RangeError);
    expect(() => parseRate("-1")).toThrow(SyntaxError);
    expect(() => parseRate("2,050")).toThrow(SyntaxError);
    expect(parseRateSpec("HKD:IDR=2050.35")).toMatchObject({ from: "HKD", to: "IDR", rate: "2050.35" });
    expect(() => parseRateSpec("HKD-IDR=2")).toThrow(SyntaxError);
  });

  it("the rate she got comes from the two amounts", () => {
    expect(rateToString(impliedRate(hkd("4000"), idr("8120000")))).toBe("2030");
    expect(rateToString(impliedRate(hkd("3"), idr("6151")), 4)).toBe("2050.3333");
  });
});
