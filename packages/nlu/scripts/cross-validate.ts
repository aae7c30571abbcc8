/**
 * Cross-validation of the full classifier over the learnt sets: the sets (not the lines) are split
 * into five folds; each fold is classified by a classifier trained on the corpus and the other four
 * folds (pairs, probe and secret-pairs always train). Settings are compared as JSON options.
 * Run: VARIANTS='{"now":{},"t0.4":{"dangerThreshold":0.4}}' npx tsx packages/nlu/scripts/cross-validate.ts
 * Prints figures only, no message text. Ten trainings a variant: minutes.
 */
import { type ClassifierOptions, computeMetrics, createClassifierSync, type LabelledItem, type Prediction } from "../src/index.js";
import { dataSetNames, FULL_DANGER_THRESHOLD, FULL_GUARDED_DANGER_THRESHOLD, readDataSet } from "../src/node.js";

const K = 5;
const ALWAYS = ["pairs", "probe", "secret-pairs"];
const sets = dataSetNames().learnt.filter((s) => !ALWAYS.includes(s));
const defaults = { dangerThreshold: FULL_DANGER_THRESHOLD, guardedDangerThreshold: FULL_GUARDED_DANGER_THRESHOLD };
const variants: Record<string, ClassifierOptions> = JSON.parse(process.env.VARIANTS ?? '{"now":{}}');
const pooled = new Map<string, { items: LabelledItem[]; predictions: Prediction[] }>();
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

for (let fold = 0; fold < K; fold++) {
  const train = [...sets.filter((_, i) => i % K !== fold), ...ALWAYS].flatMap((s) => readDataSet(s));
  const items = sets.filter((_, i) => i % K === fold).flatMap((s) => readDataSet(s));
  for (const [name, options] of Object.entries(variants)) {
    const classifier = createClassifierSync({ ...defaults, ...options, extraCorpus: train });
    const into = pooled.get(name) ?? { items: [], predictions: [] };
    into.items.push(...items);
    into.predictions.push(...items.map((i) => classifier.classify(i.text)));
    pooled.set(name, into);
  }
  console.error(`fold ${fold + 1}/${K} done`);
}
for (const [name, { items, predictions }] of pooled) {
  const m = computeMetrics(items, predictions);
  console.log(`${name}: accuracy ${pct(m.accuracy)}, danger recall ${pct(m.dangerRecall)} (${m.dangerTotal - m.dangerFlagged} missed of ${m.dangerTotal}), false danger ${pct(m.falseDangerRate)}`);
}
