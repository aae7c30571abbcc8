/**
 * The figures tables of the README: accuracy, danger recall and false danger on every data set, for
 * the phone's corpus-only classifier and, on the sets it never trained on (data/*.jsonl), for the
 * full classifier of the server (src/node.ts).
 * Run: npx tsx packages/nlu/scripts/figures.ts   (prints Markdown rows; no message text)
 */
import { type Classifier, computeMetrics, createClassifierSync } from "../src/index.js";
import { createFullClassifierSync, dataSetNames, readDataSet } from "../src/node.js";

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const phone = createClassifierSync();
const full = createFullClassifierSync();
const { unseen, learnt } = dataSetNames();

function row(set: string, classifier: Classifier): string {
  const items = readDataSet(set);
  const m = computeMetrics(items, items.map((i) => classifier.classify(i.text)));
  return `${items.length} | ${pct(m.accuracy)} | ${pct(m.dangerRecall)} (${m.dangerFlagged}/${m.dangerTotal}) | ${pct(m.falseDangerRate)} (${m.harmlessFlagged}/${m.harmlessTotal})`;
}

console.log("| set (never trained on) | classifier | messages | intent accuracy | danger recall | harmless flagged as danger |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const set of unseen) {
  console.log(`| ${set} | full | ${row(set, full)} |`);
  console.log(`| ${set} | phone | ${row(set, phone)} |`);
}
console.log("\n| learnt set (phone classifier) | messages | intent accuracy | danger recall | harmless flagged as danger |");
console.log("| --- | --- | --- | --- | --- |");
for (const set of learnt) console.log(`| ${set} | ${row(set, phone)} |`);
