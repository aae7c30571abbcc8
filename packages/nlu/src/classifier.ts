/**
 * The classifier: NLP.js's neural network (one perceptron per intent, as in NLP.js's NLU) trained
 * on our features of normalised text, combined with the explicit danger patterns.
 */
import { NeuralNetwork, type NeuralTrainItem } from "@nlpjs/neural";
import { type DangerSignal, detectDanger, fearNow, guards } from "./danger.js";
import { CORPUS, type CorpusItem } from "./data/corpus.js";
import { featuresOf } from "./features.js";
import { detectLanguage } from "./language.js";
import { normalize } from "./normalize.js";
import { detectPlace } from "./place.js";
import { INTENTS, type Intent, type Understanding } from "./types.js";

export interface Classifier {
  /** Synchronous: message → intent, confidence, danger flag, language (and place, alternatives). */
  classify(text: string): Understanding;
  /** The intent scores of the neural network alone (normalised to sum 1), for inspection. */
  scores(text: string): { intent: Intent; score: number }[];
  /** Epochs the neural network trained for. */
  trainingEpochs: number;
}

export interface ClassifierOptions {
  /** Training items; the built-in corpus by default. */
  corpus?: readonly CorpusItem[];
  /** A more urgent intent wins when its score is at least this share of the best score. */
  urgencyRatio?: number;
  /** Training epochs of the neural network at most (NLP.js default 20000; it usually stops earlier). */
  iterations?: number;
}

const RANK = new Map<Intent, number>(INTENTS.map((intent, i) => [intent, i]));
const NONE = "None";
const DANGER_INTENTS = new Set<Intent>(["emergency", "self_harm"]);
const ABUSE = new Set<Intent>(["physical_abuse", "sexual_abuse", "psychological_abuse"]);
/** Intents where fear of what comes next, or being guarded, means danger now. */
const AT_RISK = new Set<Intent>([...ABUSE, "confinement", "trafficking"]);

/** Train a classifier. Synchronous and fast (tens of milliseconds). */
export function createClassifierSync(options: ClassifierOptions = {}): Classifier {
  const corpus = options.corpus ?? CORPUS;
  const urgencyRatio = options.urgencyRatio ?? 0.5;

  const known = new Set<string>();
  const intentFeatures = new Map<string, Set<string>>();
  const data: NeuralTrainItem[] = [];
  for (const item of corpus) {
    const input = featuresOf(normalize(item.text));
    for (const f of Object.keys(input)) {
      known.add(f);
      let set = intentFeatures.get(item.intent);
      if (!set) {
        set = new Set();
        intentFeatures.set(item.intent, set);
      }
      set.add(f);
    }
    data.push({ input, output: { [item.intent]: 1 } });
  }
  // NLP.js's "None" feature: without it out-of-domain text scores 1.0 on some intent.
  data.push({ input: { nonefeature: 1 }, output: { [NONE]: 1 } });
  const net = new NeuralNetwork({ log: false, iterations: options.iterations ?? 20_000 });
  const status = net.train(data);
  const noneDeltaStart = intentFeatures.size / known.size;

  function scores(normalized: string): { intent: Intent; score: number }[] {
    const all = featuresOf(normalized);
    const input: Record<string, number> = {};
    let unknown = 0;
    for (const f of Object.keys(all)) {
      if (known.has(f)) input[f] = 1;
      else if (!f.includes("+") && !f.startsWith("~")) unknown++;
    }
    let noneValue = 0;
    let delta = noneDeltaStart;
    for (let i = 0; i < unknown; i++) {
      noneValue += delta;
      delta *= 1.2;
    }
    if (noneValue) input.nonefeature = noneValue;
    const raw = Object.keys(input).length ? (net.run(input) ?? {}) : {};
    const out: { intent: Intent; score: number }[] = [];
    let total = 0;
    for (const [name, value] of Object.entries(raw)) {
      if (!value) continue;
      const intent: Intent = name === NONE ? "out_of_scope" : (name as Intent);
      // Like NLP.js: an intent none of whose features occur in the message is not activated.
      if (name !== NONE && !Object.keys(input).some((f) => intentFeatures.get(name)?.has(f))) continue;
      const sq = value * value;
      const existing = out.find((o) => o.intent === intent);
      if (existing) existing.score += sq;
      else out.push({ intent, score: sq });
      total += sq;
    }
    if (total === 0) return [{ intent: "out_of_scope", score: 1 }];
    for (const o of out) o.score /= total;
    return out.sort((a, b) => b.score - a.score);
  }

  function classify(text: string): Understanding {
    const normalized = normalize(text);
    let ranked = scores(normalized);
    if (ranked[0]!.intent === "emergency" && !detectDanger(normalized, true)) {
      // A call word ("tolong", "help") in a message that says something else does not make it an
      // emergency; the bare call ("tolong!", "help me") is caught by the danger patterns.
      const rest = normalized
        .split(" ")
        .filter((w) => !CALL_WORDS.has(w))
        .join(" ");
      if (rest !== normalized && featureCount(rest) >= 2) {
        const again = scores(rest);
        if (again[0]!.intent !== "emergency") ranked = again;
      }
    }
    const signal: DangerSignal | undefined = detectDanger(normalized, true);
    const g = guards(normalized);
    let intent: Intent;
    let confidence: number;
    let danger = false;
    const scoreOf = (i: Intent) => ranked.find((r) => r.intent === i)?.score ?? 0;

    if (signal && signal.kind !== "danger") {
      intent = signal.kind;
      confidence = Math.max(0.9, scoreOf(intent));
      danger = true;
    } else {
      let candidates = ranked;
      if (DANGER_INTENTS.has(ranked[0]!.intent) && (g.pastOnly || g.safeNow || g.infoRequest || g.thanks || g.fiction)) {
        // The network says emergency but the message is about the past, asks for a number, or thanks.
        candidates = ranked.filter((r) => !DANGER_INTENTS.has(r.intent));
        if (candidates.length === 0) candidates = [{ intent: g.thanks ? "thanks" : "contact_embassy", score: 0.5 }];
      }
      const top = candidates[0]!;
      intent = top.intent;
      confidence = top.score;
      // Several problems: the most urgent one that scores close enough to the best wins.
      for (const c of candidates) {
        if (c.score >= urgencyRatio * top.score && RANK.get(c.intent)! < RANK.get(intent)! && isProblem(c.intent)) {
          intent = c.intent;
          confidence = c.score;
        }
      }
      danger = DANGER_INTENTS.has(intent) || signal?.kind === "danger" || (AT_RISK.has(intent) && fearNow(normalized));
    }
    const alternatives = ranked
      .filter((r) => r.intent !== intent && r.score >= 0.05)
      .slice(0, 2)
      .map((r) => ({ intent: r.intent, confidence: round(r.score) }));
    const result: Understanding = {
      intent,
      confidence: round(Math.min(1, Math.max(0, confidence))),
      danger,
      language: detectLanguage(text),
    };
    if (alternatives.length) result.alternatives = alternatives;
    const place = detectPlace(text);
    if (place) result.place = place;
    return result;
  }

  return { classify, scores: (text: string) => scores(normalize(text)), trainingEpochs: status.iterations };
}

const CALL_WORDS = new Set(["tolong", "help", "mohon", "bantu", "tolonglah"]);
const STOPLIKE = new Set(["saya", "aku", "me", "ya", "kak", "mbak", "dong", "i", "my", "the", "a"]);

function featureCount(normalized: string): number {
  return normalized.split(" ").filter((w) => w && !STOPLIKE.has(w)).length;
}

function isProblem(intent: Intent): boolean {
  // The classifier alone never promotes a message to emergency or self-harm on urgency.
  return !DANGER_INTENTS.has(intent) && (RANK.get(intent)! <= RANK.get("finance")! || ABUSE.has(intent));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Train a classifier on the built-in corpus. Resolves in tens of milliseconds. */
export async function createClassifier(options: ClassifierOptions = {}): Promise<Classifier> {
  return createClassifierSync(options);
}
