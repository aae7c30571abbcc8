/**
 * Classification benchmark: one core, ≥ 20,000 messages, for the phone's corpus-only classifier and
 * the full one of the server (src/node.ts), with the training time of each.
 * Run: npx tsx packages/nlu/bench/classify.bench.ts   (a root bench runner can import runClassifyBench())
 */
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { type Classifier, createClassifierSync } from "../src/index.js";
import { CORPUS } from "../src/data/corpus.js";
import { createFullClassifierSync } from "../src/node.js";

export interface ClassifyBenchResult {
  messages: number;
  messagesPerSecond: number;
  medianMs: number;
  p99Ms: number;
  trainMs: number;
}

export async function runClassifyBench(count = 20_000): Promise<{ phone: ClassifyBenchResult; full: ClassifyBenchResult }> {
  return { phone: benchOne(createClassifierSync, count), full: benchOne(createFullClassifierSync, count) };
}

function benchOne(train: () => Classifier, count: number): ClassifyBenchResult {
  const t0 = performance.now();
  const classifier = train();
  const trainMs = performance.now() - t0;
  // Vary the corpus so that no two consecutive messages are the same string.
  const texts = CORPUS.map((c) => c.text);
  const messages: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = texts[i % texts.length]!;
    messages.push(i % 3 === 0 ? `${base} ${i % 97}` : i % 3 === 1 ? `${base.toUpperCase()}!!` : base);
  }
  for (let i = 0; i < 500; i++) classifier.classify(messages[i]!); // warm-up
  const latencies = new Float64Array(count);
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const s = performance.now();
    classifier.classify(messages[i]!);
    latencies[i] = performance.now() - s;
  }
  const total = performance.now() - start;
  latencies.sort();
  const at = (q: number) => latencies[Math.min(count - 1, Math.floor(q * count))]!;
  return {
    messages: count,
    messagesPerSecond: Math.round((count / total) * 1000),
    medianMs: Number(at(0.5).toFixed(4)),
    p99Ms: Number(at(0.99).toFixed(4)),
    trainMs: Math.round(trainMs),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, r] of Object.entries(await runClassifyBench())) {
    console.log(`${name}: trained in ${r.trainMs} ms; ${r.messages} messages: ${r.messagesPerSecond} messages/s, median ${r.medianMs} ms, p99 ${r.p99Ms} ms`);
  }
}
