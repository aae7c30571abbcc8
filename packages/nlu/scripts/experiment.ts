import { readdirSync, readFileSync } from "node:fs";
import { DANGER_CORPUS } from "../src/data/danger-corpus.js";
import { CORPUS, computeMetrics, createClassifierSync, parseLabelled } from "../src/index.js";
const opts = JSON.parse(process.env.OPTS ?? "{}");
const dir = new URL("../data/", import.meta.url);
const pct = (x: number) => `${(100 * x).toFixed(1)}`;
const groups: Record<string, string[]> = {
  ij: ["blind-i", "blind-j"], gh: ["blind-g", "blind-h", "blind-d"], bef: ["blind-b", "blind-e", "blind-f"],
  old: ["blind-a", "blind-c", "dev", "holdout", "probe"], pairs: ["pairs", "secret-pairs"],
};
const t0 = Date.now();
const clf = createClassifierSync(opts);
const tTrain = Date.now() - t0;
const out: string[] = [];
for (const [g, sets] of Object.entries(groups)) {
  const items = sets.flatMap((s) => parseLabelled(readFileSync(new URL(`${s}.jsonl`, dir), "utf8"), s));
  const m = computeMetrics(items, items.map((i) => clf.classify(i.text)));
  out.push(`${g}: acc ${pct(m.accuracy)} rec ${pct(m.dangerRecall)} (${m.dangerTotal - m.dangerFlagged} miss) fd ${pct(m.falseDangerRate)}`);
}
if (process.env.CV) {
  const K = 5;
  const base = CORPUS.map((c, i) => ({ ...c, fold: i % K }));
  const extra = DANGER_CORPUS.map((c, i) => ({ ...c, fold: i % K }));
  const items: { text: string; intent: any; danger: boolean }[] = [];
  const preds: any[] = [];
  for (let f = 0; f < K; f++) {
    const c = createClassifierSync({ ...opts, corpus: base.filter((i) => i.fold !== f), dangerCorpus: extra.filter((i) => i.fold !== f) });
    for (const t of [...base, ...extra].filter((i) => i.fold === f)) { items.push(t); preds.push(c.classify(t.text)); }
  }
  const m = computeMetrics(items, preds);
  out.push(`cv: acc ${pct(m.accuracy)} rec ${pct(m.dangerRecall)} fd ${pct(m.falseDangerRate)}`);
}
console.log(`${JSON.stringify(opts)} train ${tTrain}ms\n  ${out.join("\n  ")}`);
