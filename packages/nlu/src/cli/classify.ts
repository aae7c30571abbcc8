/**
 * npm run -s nlu:classify  <  messages.jsonl
 * Reads JSON lines {"text": "..."} and writes one JSON line {"intent","confidence","danger","language"}
 * per input line, in order. A blank or invalid line gets {"error": "..."} instead. Uses the full
 * classifier (src/node.ts), as the server does.
 */
import { createInterface } from "node:readline";
import { createFullClassifierSync } from "../node.js";

const classifier = createFullClassifierSync();
const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
const out: string[] = [];

function flush(): void {
  if (out.length) {
    process.stdout.write(`${out.join("\n")}\n`);
    out.length = 0;
  }
}

function handle(line: string, n: number): string {
  if (!line.trim()) return JSON.stringify({ error: `line ${n}: blank line` });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: `line ${n}: not valid JSON` });
  }
  const text = (value as { text?: unknown } | null)?.text;
  if (typeof text !== "string") return JSON.stringify({ error: `line ${n}: "text" must be a string` });
  const u = classifier.classify(text);
  return JSON.stringify({ intent: u.intent, confidence: u.confidence, danger: u.danger, language: u.language });
}

let n = 0;
rl.on("line", (line) => {
  n++;
  out.push(handle(line, n));
  if (out.length >= 512) flush();
});
rl.on("close", flush);
