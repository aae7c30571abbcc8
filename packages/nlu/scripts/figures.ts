/**
 * The figures table of the README: accuracy, danger recall and false danger on every data set.
 * Run: npx tsx packages/nlu/scripts/figures.ts   (prints Markdown rows; no message text)
 */
import { readdirSync, readFileSync } from "node:fs";
import { computeMetrics, createClassifierSync, parseLabelled } from "../src/index.js";

const dir = new URL("../data/", import.meta.url);
const classifier = createClassifierSync();
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log("| set | messages | intent accuracy | danger recall | harmless flagged as danger |");
console.log("| --- | --- | --- | --- | --- |");
for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
  const items = parseLabelled(readFileSync(new URL(file, dir), "utf8"), file);
  const m = computeMetrics(items, items.map((i) => classifier.classify(i.text)));
  console.log(
    `| ${file.replace(".jsonl", "")} | ${items.length} | ${pct(m.accuracy)} | ${pct(m.dangerRecall)} (${m.dangerFlagged}/${m.dangerTotal}) | ${pct(m.falseDangerRate)} (${m.harmlessFlagged}/${m.harmlessTotal}) |`,
  );
}
