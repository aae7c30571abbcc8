import { beforeAll, describe, expect, it } from "vitest";
import { DANGER_CORPUS } from "../src/data/danger-corpus.js";
import { type Classifier, CORPUS, computeMetrics, createClassifierSync } from "../src/index.js";
import { dataSetNames, fullClassifier, learntSets, readDataSet } from "../src/node.js";
import { expectFigures } from "./figures.js";

let full: Classifier;
let phone: Classifier;
beforeAll(async () => {
  full = await fullClassifier();
  phone = createClassifierSync();
});

const key = (text: string) => text.toLowerCase().trim();

describe("learnt sets (data/learnt/)", () => {
  it("are separate from the sets never trained on, dev and holdout among them", () => {
    const { unseen, learnt } = dataSetNames();
    expect(unseen).toEqual(expect.arrayContaining(["dev", "holdout", "blind-final1"]));
    expect(learnt.filter((s) => unseen.includes(s))).toEqual([]);
    expect(learnt.length).toBeGreaterThanOrEqual(30);
    const all = learnt.reduce((n, s) => n + readDataSet(s).length, 0);
    // Some short lines ("halo kak", "makasih") of the learnt sets are also lines of an unseen set.
    expect(learntSets().length).toBeGreaterThan(0.95 * all);
  });

  it("train on no line of a set never trained on (the corpus: no line but formulas such as \"thank you so much\")", () => {
    const learnt = new Set(learntSets().map((i) => key(i.text)));
    const corpus = new Set([...CORPUS, ...DANGER_CORPUS].map((i) => key(i.text)));
    for (const set of dataSetNames().unseen) {
      const items = readDataSet(set);
      expect(items.filter((i) => learnt.has(key(i.text))).map((i) => i.text), set).toEqual([]);
      expect(items.filter((i) => corpus.has(key(i.text)) && i.text.trim().split(/\s+/).length > 4).map((i) => i.text), set).toEqual([]);
    }
  });
});

describe("full classifier (server and command line)", () => {
  it("is trained once per process and shared", async () => {
    expect(await fullClassifier()).toBe(full);
  });

  it("has learnt from the learnt sets: on one of them it is well ahead of the phone classifier", () => {
    const items = readDataSet("blind-be");
    const accuracy = (c: Classifier) => computeMetrics(items, items.map((i) => c.classify(i.text))).accuracy;
    expect(accuracy(full)).toBeGreaterThan(accuracy(phone) + 0.1);
  });

  it("meets the targets on the twelve last fresh sets together (blind-ga to blind-hf, never read)", () => {
    const sets = dataSetNames().unseen.filter((s) => /^blind-[gh][a-f]$/.test(s));
    expect(sets).toHaveLength(12);
    // The targets: accuracy ≥ 0.85, danger recall ≥ 0.98, false danger ≤ 0.05.
    expectFigures(full, sets.flatMap((s) => readDataSet(s)), 0.85, 0.98, 0.05);
  });

  // Sets it never trained on, guarded at their measured level with about one message of slack
  // (README). dev meets the targets; blind-ga to blind-hf (never read) meet them together.
  it.each([
    // set, accuracy ≥, danger recall ≥, false danger ≤
    ["dev", 0.96, 0.98, 0.03],
    ["holdout", 0.97, 0.98, 0.015],
    ["blind-final1", 0.95, 0.97, 0.02],
    ["blind-ga", 0.93, 0.97, 0.07],
    ["blind-gb", 0.94, 0.99, 0.04],
    ["blind-gc", 0.91, 0.95, 0.045],
    ["blind-gd", 0.92, 0.95, 0.055],
    ["blind-ge", 0.94, 0.99, 0.04],
    ["blind-gf", 0.93, 0.96, 0.04],
    ["blind-ha", 0.94, 0.99, 0.075],
    ["blind-hb", 0.93, 0.95, 0.03],
    ["blind-hc", 0.89, 0.97, 0.065],
    ["blind-hd", 0.92, 0.95, 0.02],
    ["blind-he", 0.9, 0.96, 0.03],
    ["blind-hf", 0.93, 0.98, 0.08],
  ] as const)("%s: accuracy ≥ %s, danger recall ≥ %s, false danger ≤ %s", (set, accuracy, recall, falseDanger) => {
    expectFigures(full, readDataSet(set), accuracy, recall, falseDanger);
  });
});
