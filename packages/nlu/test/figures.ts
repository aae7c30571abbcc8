import { expect } from "vitest";
import { type Classifier, computeMetrics, type LabelledItem } from "../src/index.js";

/** Asserts a classifier's figures on labelled items: accuracy and danger recall at least, false danger at most. */
export function expectFigures(classifier: Classifier, items: readonly LabelledItem[], accuracy: number, recall: number, falseDanger: number): void {
  const m = computeMetrics(items, items.map((i) => classifier.classify(i.text)));
  expect(m.accuracy).toBeGreaterThanOrEqual(accuracy);
  expect(m.dangerRecall).toBeGreaterThanOrEqual(recall);
  expect(m.falseDangerRate).toBeLessThanOrEqual(falseDanger);
}
