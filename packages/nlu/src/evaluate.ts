/** Metrics of a labelled set: accuracy, per-intent precision/recall/F1, danger recall and false danger. */
import { INTENTS, type Intent } from "./types.js";

export interface LabelledItem {
  text: string;
  intent: Intent;
  danger: boolean;
}

export interface Prediction {
  intent: Intent;
  danger: boolean;
}

export interface IntentMetrics {
  intent: Intent;
  support: number;
  predicted: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Metrics {
  total: number;
  correct: number;
  accuracy: number;
  /** Messages labelled danger, and how many of them were flagged. */
  dangerTotal: number;
  dangerFlagged: number;
  /** dangerFlagged / dangerTotal (1 when there is no danger message). */
  dangerRecall: number;
  /** Harmless messages, and how many of them were flagged as danger. */
  harmlessTotal: number;
  harmlessFlagged: number;
  /** harmlessFlagged / harmlessTotal (0 when there is no harmless message). */
  falseDangerRate: number;
  perIntent: IntentMetrics[];
  /** confusion[expected][predicted] = count, over the intents that occur. */
  confusion: Record<string, Record<string, number>>;
  /** Items whose intent or danger flag was wrong. */
  errors: { text: string; expected: Prediction; got: Prediction }[];
}

export function computeMetrics(items: readonly LabelledItem[], predictions: readonly Prediction[]): Metrics {
  if (items.length !== predictions.length) throw new Error("items and predictions differ in length");
  const confusion: Record<string, Record<string, number>> = {};
  const errors: Metrics["errors"] = [];
  let correct = 0;
  let dangerTotal = 0;
  let dangerFlagged = 0;
  let harmlessTotal = 0;
  let harmlessFlagged = 0;
  items.forEach((item, i) => {
    const p = predictions[i]!;
    if (p.intent === item.intent) correct++;
    confusion[item.intent] ??= {};
    const row = confusion[item.intent]!;
    row[p.intent] = (row[p.intent] ?? 0) + 1;
    if (item.danger) {
      dangerTotal++;
      if (p.danger) dangerFlagged++;
    } else {
      harmlessTotal++;
      if (p.danger) harmlessFlagged++;
    }
    if (p.intent !== item.intent || p.danger !== item.danger) {
      errors.push({ text: item.text, expected: { intent: item.intent, danger: item.danger }, got: { intent: p.intent, danger: p.danger } });
    }
  });
  const perIntent: IntentMetrics[] = [];
  for (const intent of INTENTS) {
    const support = items.filter((x) => x.intent === intent).length;
    const predicted = predictions.filter((x) => x.intent === intent).length;
    if (support === 0 && predicted === 0) continue;
    const tp = confusion[intent]?.[intent] ?? 0;
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perIntent.push({ intent, support, predicted, precision, recall, f1 });
  }
  return {
    total: items.length,
    correct,
    accuracy: items.length ? correct / items.length : 0,
    dangerTotal,
    dangerFlagged,
    dangerRecall: dangerTotal ? dangerFlagged / dangerTotal : 1,
    harmlessTotal,
    harmlessFlagged,
    falseDangerRate: harmlessTotal ? harmlessFlagged / harmlessTotal : 0,
    perIntent,
    confusion,
    errors,
  };
}

/** Parse JSON lines of {text, intent, danger}; throws an Error naming the first bad line. */
export function parseLabelled(content: string, name = "input"): LabelledItem[] {
  const out: LabelledItem[] = [];
  const lines = content.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${name}:${i + 1}: not valid JSON`);
    }
    const v = value as Partial<LabelledItem> | null;
    if (!v || typeof v !== "object" || typeof v.text !== "string") throw new Error(`${name}:${i + 1}: "text" must be a string`);
    if (!INTENTS.includes(v.intent as Intent)) throw new Error(`${name}:${i + 1}: unknown intent ${JSON.stringify(v.intent)}`);
    if (typeof v.danger !== "boolean") throw new Error(`${name}:${i + 1}: "danger" must be true or false`);
    out.push({ text: v.text, intent: v.intent as Intent, danger: v.danger });
  });
  if (out.length === 0) throw new Error(`${name}: no labelled lines`);
  return out;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** A readable report: headline figures, per-intent table, confusion matrix. */
export function formatReport(m: Metrics, opts: { errors?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(`messages            ${m.total}`);
  lines.push(`intent accuracy     ${pct(m.accuracy)} (${m.correct}/${m.total})`);
  lines.push(`danger recall       ${pct(m.dangerRecall)} (${m.dangerFlagged}/${m.dangerTotal} danger messages flagged)`);
  lines.push(`false danger        ${pct(m.falseDangerRate)} (${m.harmlessFlagged}/${m.harmlessTotal} harmless messages flagged as danger)`);
  lines.push("");
  lines.push(`${"intent".padEnd(20)} ${"n".padStart(4)} ${"prec".padStart(6)} ${"recall".padStart(6)} ${"F1".padStart(6)}`);
  for (const r of m.perIntent) {
    lines.push(
      `${r.intent.padEnd(20)} ${String(r.support).padStart(4)} ${r.precision.toFixed(2).padStart(6)} ${r.recall.toFixed(2).padStart(6)} ${r.f1.toFixed(2).padStart(6)}`,
    );
  }
  lines.push("");
  lines.push("confusion (rows: expected, columns: predicted)");
  const cols = m.perIntent.map((r) => r.intent);
  const abbr = (s: string) => s.slice(0, 5);
  lines.push(`${"".padEnd(20)} ${cols.map((c) => abbr(c).padStart(5)).join(" ")}`);
  for (const r of cols) {
    const row = m.confusion[r] ?? {};
    lines.push(`${r.padEnd(20)} ${cols.map((c) => (row[c] ? String(row[c]) : ".").padStart(5)).join(" ")}`);
  }
  if (opts.errors && m.errors.length) {
    lines.push("");
    lines.push("errors");
    for (const e of m.errors) {
      lines.push(`  ${e.expected.intent}${e.expected.danger ? "!" : ""} -> ${e.got.intent}${e.got.danger ? "!" : ""}  ${e.text}`);
    }
  }
  return lines.join("\n");
}
