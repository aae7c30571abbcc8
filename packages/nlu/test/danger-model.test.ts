import { beforeAll, describe, expect, it } from "vitest";
import { DANGER_THRESHOLD, GUARDED_DANGER_THRESHOLD } from "../src/classifier.js";
import { lexiconGroups, trainDangerModel } from "../src/danger-model.js";
import { DANGER_CORPUS } from "../src/data/danger-corpus.js";
import { type Classifier, CORPUS, createClassifier, createClassifierSync, normalize } from "../src/index.js";
import { dataSetNames, readDataSet } from "../src/node.js";

let classifier: Classifier;
beforeAll(async () => {
  classifier = await createClassifier();
});

describe("danger model", () => {
  it("uses recall-first thresholds, stricter when the message looks harmless", () => {
    expect(DANGER_THRESHOLD).toBeLessThanOrEqual(0.5);
    expect(GUARDED_DANGER_THRESHOLD).toBeGreaterThan(DANGER_THRESHOLD);
  });

  it("raises the flag at the threshold: 0 flags everything, above 1 leaves only patterns and network", () => {
    const all = createClassifierSync({ dangerThreshold: 0, guardedDangerThreshold: 0 });
    expect(all.classify("resep nasi goreng").danger).toBe(true);
    const off = createClassifierSync({ dangerThreshold: 2, guardedDangerThreshold: 2 });
    expect(off.classify("resep nasi goreng").danger).toBe(false);
    expect(off.classify("tolong").danger).toBe(true); // bare call: pattern
    // A message scoring between the thresholds depends on them.
    const text = "majikan lg mukulinn aku skrang";
    const p = classifier.dangerScore(text);
    expect(p).toBeGreaterThanOrEqual(DANGER_THRESHOLD);
    expect(createClassifierSync({ dangerThreshold: p + 1e-6, guardedDangerThreshold: 2 }).dangerScore(text)).toBeCloseTo(p, 5);
  });

  it("scores danger messages high and harmless ones low", () => {
    for (const t of ["majikan bawa pisau mau bunuh saya", "pengen mati aja", "abdi keur digebugan", "i am being beaten right now"]) {
      expect(classifier.dangerScore(t), t).toBeGreaterThanOrEqual(DANGER_THRESHOLD);
    }
    for (const t of ["kirim uang ke indonesia berapa", "resep nasi goreng", "terima kasih sudah menolong", "tolong info nomor KBRI"]) {
      expect(classifier.dangerScore(t), t).toBeLessThan(DANGER_THRESHOLD);
    }
  });

  it("is robust to typos and unseen inflections (character n-grams, fuzzy lexicons)", () => {
    expect(lexiconGroups("dipukulin")).toContain("harm");
    expect(lexiconGroups("cekek")).toContain("harm");
    expect(lexiconGroups("pisauu")).toContain("weapon");
    expect(lexiconGroups("ketakutann")).toContain("fear");
    expect(lexiconGroups("sembunyii")).toContain("hide");
    expect(lexiconGroups("kopi")).toEqual([]);
    for (const t of ["majikan lg mukulinn aku skrang", "dia bwa pisauu mau nusukk aku", "aku dicekekk gak bs napas", "i am being beatn by my employer right now", "pengen bunuhh dirii"]) {
      expect(classifier.dangerScore(t), t).toBeGreaterThanOrEqual(DANGER_THRESHOLD);
      expect(classifier.classify(t).danger, t).toBe(true);
    }
  });

  it("is deterministic", () => {
    const items = CORPUS.slice(0, 200).map((c) => ({ text: normalize(c.text), danger: c.danger }));
    const a = trainDangerModel(items);
    const b = trainDangerModel(items);
    expect(a.score("tolong saya dipukul")).toBe(b.score("tolong saya dipukul"));
  });

  it("extra danger lines share no message with any evaluation set", () => {
    const extra = new Set(DANGER_CORPUS.map((c) => c.text.toLowerCase().trim()));
    const { unseen, learnt } = dataSetNames();
    expect(unseen.length + learnt.length).toBeGreaterThanOrEqual(17);
    // Formulas of up to three words ("pamit rumiyin nggih") are said the same way by everyone.
    const shared = (set: string) => readDataSet(set).filter((i) => extra.has(i.text.toLowerCase().trim()) && i.text.split(/\s+/).length > 3);
    for (const set of unseen) expect(shared(set).map((i) => i.text), set).toEqual([]);
    // Five helpers of this session's learnt sets happened to write a line the corpus has
    // ("thank you so much", "i want to die"): six lines in 17,000, left as written.
    expect(learnt.flatMap(shared).length).toBeLessThanOrEqual(6);
  });
});
