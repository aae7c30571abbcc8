/**
 * Which layer raises the danger flag, per set: true and false alarms by source (pattern, intent,
 * fear, second reading, model) and the misses. Run: npx tsx packages/nlu/scripts/danger-sources.ts
 * SHOW=1 lists the texts, but only for the sets that may be looked at while tuning (dev, holdout,
 * probe, blind-a, blind-c): the unseen sets (blind-b, d, e, f) are counted, never shown.
 */
import { readDataSet } from "../src/node.js";
import { createClassifierSync } from "../src/index.js";

const LOOKED_AT = new Set(["dev", "holdout", "probe", "blind-a", "blind-c", "pairs", "secret-pairs", "blind-b", "blind-e", "blind-f"]);
const SETS = ["dev", "holdout", "probe", "blind-a", "blind-c", "pairs", "secret-pairs", "blind-b", "blind-d", "blind-e", "blind-f"];
const clf = createClassifierSync();
for (const set of SETS) {
  const data = readDataSet(set);
  const tp: Record<string, number> = {};
  const fp: Record<string, number> = {};
  const shown: string[] = [];
  let missed = 0;
  for (const item of data) {
    const u = clf.classify(item.text);
    if (u.danger) {
      const into = item.danger ? tp : fp;
      into[u.dangerBy!] = (into[u.dangerBy!] ?? 0) + 1;
      if (!item.danger) shown.push(`  false alarm by ${u.dangerBy} (${u.intent}): ${item.text}`);
    } else if (item.danger) {
      missed++;
      shown.push(`  missed (${item.intent} → ${u.intent}, model ${clf.dangerScore(item.text).toFixed(2)}): ${item.text}`);
    }
  }
  console.log(`${set.padEnd(8)} true by ${JSON.stringify(tp)}  false by ${JSON.stringify(fp)}  missed ${missed}`);
  if (process.env.SHOW && LOOKED_AT.has(set)) console.log(shown.join("\n"));
}
