import { describe, expect, it } from "vitest";
import { computeMetrics, formatReport, type LabelledItem, parseLabelled, type Prediction } from "../src/index.js";

describe("computeMetrics on a tiny hand-computed example", () => {
  const items: LabelledItem[] = [
    { text: "a", intent: "emergency", danger: true },
    { text: "b", intent: "emergency", danger: true },
    { text: "c", intent: "wage_issue", danger: false },
    { text: "d", intent: "wage_issue", danger: false },
    { text: "e", intent: "greeting", danger: false },
  ];
  const predictions: Prediction[] = [
    { intent: "emergency", danger: true },
    { intent: "wage_issue", danger: false }, // missed danger
    { intent: "wage_issue", danger: false },
    { intent: "emergency", danger: true }, // false danger
    { intent: "greeting", danger: false },
  ];
  const m = computeMetrics(items, predictions);

  it("counts accuracy, danger recall and false danger", () => {
    expect(m.correct).toBe(3);
    expect(m.accuracy).toBeCloseTo(0.6);
    expect(m.dangerRecall).toBeCloseTo(0.5);
    expect(m.falseDangerRate).toBeCloseTo(1 / 3);
  });

  it("computes per-intent precision, recall and F1", () => {
    const by = Object.fromEntries(m.perIntent.map((r) => [r.intent, r]));
    // emergency: tp 1, predicted 2, support 2 → P 0.5, R 0.5, F1 0.5
    expect(by.emergency).toMatchObject({ support: 2, predicted: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
    // wage_issue: tp 1, predicted 2, support 2
    expect(by.wage_issue).toMatchObject({ precision: 0.5, recall: 0.5 });
    expect(by.greeting).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it("builds the confusion matrix and lists errors", () => {
    expect(m.confusion).toEqual({ emergency: { emergency: 1, wage_issue: 1 }, wage_issue: { wage_issue: 1, emergency: 1 }, greeting: { greeting: 1 } });
    expect(m.errors.map((e) => e.text)).toEqual(["b", "d"]);
    expect(formatReport(m)).toContain("danger recall       50.0%");
  });
});

describe("parseLabelled", () => {
  it("names the bad line", () => {
    expect(() => parseLabelled('{"text":"a","intent":"greeting","danger":false}\n{oops', "f.jsonl")).toThrow("f.jsonl:2");
    expect(() => parseLabelled('{"text":"a","intent":"nope","danger":false}', "f.jsonl")).toThrow("f.jsonl:1: unknown intent");
  });
});
