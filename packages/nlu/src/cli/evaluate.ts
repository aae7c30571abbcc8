/**
 * npm run -s nlu:evaluate -- FILE.jsonl [--json] [--errors] [--offline]
 * Prints accuracy, per-intent precision/recall/F1, danger recall, false danger and the confusion matrix
 * of the full classifier (server, src/node.ts), or with --offline of the phone's corpus-only one.
 */
import { readFileSync } from "node:fs";
import { createClassifierSync } from "../classifier.js";
import { computeMetrics, formatReport, parseLabelled } from "../evaluate.js";
import { createFullClassifierSync } from "../node.js";

function main(): number {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const showErrors = args.includes("--errors");
  const files = args.filter((a) => !a.startsWith("--"));
  if (files.length !== 1) {
    process.stderr.write("usage: nlu:evaluate -- FILE.jsonl [--json] [--errors] [--offline]\n");
    return 2;
  }
  const file = files[0]!;
  let content: string;
  try {
    content = readFileSync(file, "utf8");
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  let items: ReturnType<typeof parseLabelled>;
  try {
    items = parseLabelled(content, file);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 1;
  }
  const classifier = args.includes("--offline") ? createClassifierSync() : createFullClassifierSync();
  const predictions = items.map((item) => classifier.classify(item.text));
  const metrics = computeMetrics(items, predictions);
  if (json) process.stdout.write(`${JSON.stringify(metrics, null, 2)}\n`);
  else process.stdout.write(`${formatReport(metrics, { errors: showErrors })}\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
}
