/**
 * Compare classifier settings: pooled figures on groups of evaluation sets and, with CV=1, on
 * corpus 5-fold cross-validation. The settings are ClassifierOptions as JSON in OPTS.
 * Run: OPTS='{"intentModelWeight":0.5}' CV=1 npx tsx packages/nlu/scripts/compare.ts
 * Prints figures only, no message text. SETS="name=set,set;name=set" names the groups (default:
 * every looked-at set).
 */
import { readDataSet } from "../src/node.js";
import { DANGER_CORPUS } from "../src/data/danger-corpus.js";
import {
  CORPUS,
  type ClassifierOptions,
  type CorpusItem,
  computeMetrics,
  createClassifierSync,
  type LabelledItem,
  type Prediction,
} from "../src/index.js";

const opts: ClassifierOptions = JSON.parse(process.env.OPTS ?? "{}");
const groups: Record<string, string[]> = process.env.SETS
  ? Object.fromEntries(process.env.SETS.split(";").map((g) => [g.split("=")[0], (g.split("=")[1] ?? g).split(",")]))
  : {
      "i+j": ["blind-i", "blind-j"],
      "g+h+d": ["blind-g", "blind-h", "blind-d"],
      "b+e+f": ["blind-b", "blind-e", "blind-f"],
      "a+c+dev+holdout+probe": ["blind-a", "blind-c", "dev", "holdout", "probe"],
      pairs: ["pairs", "secret-pairs"],
    };
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const line = (name: string, items: LabelledItem[], preds: Prediction[]) => {
  const m = computeMetrics(items, preds);
  return `${name}: accuracy ${pct(m.accuracy)}, danger recall ${pct(m.dangerRecall)} (${m.dangerTotal - m.dangerFlagged} missed), false danger ${pct(m.falseDangerRate)}`;
};

const t0 = Date.now();
const classifier = createClassifierSync(opts);
const out = [`${JSON.stringify(opts)}: trained in ${Date.now() - t0} ms`];
for (const [name, sets] of Object.entries(groups)) {
  const items = sets.flatMap((s) => readDataSet(s));
  out.push(line(name, items, items.map((i) => classifier.classify(i.text))));
}
if (process.env.CV) {
  const K = 5;
  const fold = (items: readonly CorpusItem[]) => items.map((c, i) => ({ ...c, fold: i % K }));
  const base = fold(CORPUS);
  const extra = fold(DANGER_CORPUS);
  const items: LabelledItem[] = [];
  const preds: Prediction[] = [];
  for (let f = 0; f < K; f++) {
    const c = createClassifierSync({ ...opts, corpus: base.filter((i) => i.fold !== f), dangerCorpus: extra.filter((i) => i.fold !== f) });
    for (const t of [...base, ...extra].filter((i) => i.fold === f)) {
      items.push(t);
      preds.push(c.classify(t.text));
    }
  }
  out.push(line("corpus 5-fold cross-validation", items, preds));
}
console.log(out.join("\n  "));
