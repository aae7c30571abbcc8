import { describe, expect, it } from "vitest";
import { trainIntentModel } from "../src/intent-model.js";

const ITEMS = [
  ...["saya dikurung di kamar", "dikurung majikan terus", "majikan kurung saya di rumah", "tidak boleh keluar dikurung"].map((text) => ({ text, label: "confinement" })),
  ...["saya dipukul majikan", "majikan pukul kepala saya", "dipukul pakai sapu", "tiap hari dipukul"].map((text) => ({ text, label: "physical_abuse" })),
  ...["gaji belum dibayar", "gaji saya dipotong", "majikan tidak bayar gaji", "gaji telat tiga bulan"].map((text) => ({ text, label: "wage_issue" })),
] as const;

describe("intent model (character n-gram softmax)", () => {
  const model = trainIntentModel(ITEMS);

  it("gives probabilities over the labels it was trained on, summing to 1", () => {
    const p = model.probabilities("gaji belum dibayar");
    expect([...p.keys()].sort()).toEqual(["confinement", "physical_abuse", "wage_issue"]);
    expect([...p.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(p.get("wage_issue")).toBeGreaterThan(0.6);
  });

  it("reads unseen forms of a known word through its character n-grams", () => {
    const best = (text: string) => [...model.probabilities(text)].sort((a, b) => b[1] - a[1])[0]![0];
    expect(best("dikurungin")).toBe("confinement");
    expect(best("dipukulin")).toBe("physical_abuse");
    expect(best("gajinya")).toBe("wage_issue");
  });

  it("is deterministic", () => {
    const again = trainIntentModel(ITEMS);
    expect(again.probabilities("saya dikurung")).toEqual(model.probabilities("saya dikurung"));
  });
});
