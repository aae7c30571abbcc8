import { describe, expect, it } from "vitest";
import { loadDirectory, sourceDate } from "../src/index.js";

const directory = loadDirectory();

describe("emergency numbers per country", () => {
  it.each([
    ["HK", "999", "999"],
    ["MY", "999", "999"],
    ["SG", "999", "995"],
    ["TW", "110", "119"],
    ["SA", "911", "997"],
    ["KR", "112", "119"],
    ["JP", "110", "119"],
    ["QA", "999", "999"],
    ["KW", "112", "112"],
    ["OM", "9999", "9999"],
    ["JO", "911", "911"],
  ])("%s: police %s, ambulance %s", (country, police, ambulance) => {
    const numbers = directory.emergency(country)!;
    expect(numbers.country).toBe(country);
    expect(numbers.police).toBe(police);
    expect(numbers.ambulance).toBe(ambulance);
    expect(numbers.source.length).toBeGreaterThan(10);
  });

  it("folds the varying extra keys into `other`", () => {
    expect(directory.emergency("SG")!.other.policeSmsWhenUnsafeToTalk).toBe("71999");
    expect(directory.emergency("MY")!.other).toEqual({ mobileAlt: "112" });
    expect(directory.emergency("SA")!.other).toEqual({ unified: "911", alt: "999" });
    expect(directory.emergency("TW")!.other.domesticViolenceProtectionLine).toBe("113");
  });

  it("shows an unknown number as unknown", () => {
    expect(directory.emergency("BN")!.ambulance).toBeNull();
    expect(directory.emergency("BN")!.police).toBe("993");
    expect(directory.emergency("XX")).toBeUndefined();
  });
});

describe("country facts", () => {
  it("gives the facts of a country with their law and date", () => {
    const wage = directory.fact("HK", "minimumWage")!;
    expect(wage.amount).toEqual({ value: 5100, currency: "HKD", per: "month", effective: "2025-09-30" });
    expect(wage.id).toMatch(/HK\$5\.100/);
    expect(wage.law).toMatch(/Cap\. 57/);
    expect(wage.checked).toBe("2025-09-29");
    expect(directory.fact("hk", "restDay")!.checked).toBeNull(); // every source undated
  });

  it("knows Indonesia's own rules", () => {
    expect(directory.fact("ID", "laporDiri")).toBeDefined();
    expect(directory.fact("ID", "uu18_2017")!.law).toMatch(/18/);
  });

  it("has no fact where the data has none", () => {
    expect(directory.fact("AE", "minimumWage")).toBeUndefined();
    expect(directory.fact("BN", "restDay")).toBeUndefined();
    expect(directory.fact("XX", "restDay")).toBeUndefined();
  });

  it("describes a known country, even without facts, and not an unknown one", () => {
    const hk = directory.country("HK")!;
    expect(hk.name).toBe("Hong Kong");
    expect(hk.emergency?.police).toBe("999");
    expect(hk.facts.map((f) => f.topic)).toContain("passportRetention");
    const sa = directory.country("sa")!;
    expect(sa.nameId).toBe("Arab Saudi");
    const brunei = directory.country("BN")!;
    expect(brunei.facts).toEqual([]);
    expect(brunei.emergency?.police).toBe("993");
    expect(directory.country("XX")).toBeUndefined();
    expect(directory.country("FR")).toBeUndefined();
  });

  it("reads only dates at the start of a source date", () => {
    expect(sourceDate("2019-10-17 (checked 2023-12-14)")).toBe("2019-10-17");
    expect(sourceDate("2014 (Feb-Mar)")).toBe("2014");
    expect(sourceDate("2024-12")).toBe("2024-12");
    expect(sourceDate("undated (c.2022+)")).toBeNull();
    expect(sourceDate("c.2020")).toBeNull();
    expect(sourceDate("unknown")).toBeNull();
  });
});
