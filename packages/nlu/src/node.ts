/**
 * Node only (server and command line): the full classifier, trained on the corpus and on every
 * evaluation set whose errors have been read (data/learnt/, about 16,400 lines). The chat screen's
 * offline worker keeps the corpus-only classifier of src/index.ts: the learnt sets (over 200 KB
 * gzipped) do not fit the phone's bundle. data/*.jsonl (dev, holdout and the sets nobody has read)
 * are never trained on.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { type Classifier, type ClassifierOptions, createClassifierSync } from "./classifier.js";
import { type LabelledItem, parseLabelled } from "./evaluate.js";

const DATA_DIR = new URL("../data/", import.meta.url);
const LEARNT_DIR = new URL("learnt/", DATA_DIR);

const namesIn = (dir: URL) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .map((f) => f.slice(0, -".jsonl".length))
    .sort();

/** The data sets by name: `unseen` (data/*.jsonl, never trained on) and `learnt` (data/learnt/). */
export function dataSetNames(): { unseen: string[]; learnt: string[] } {
  return { unseen: namesIn(DATA_DIR), learnt: namesIn(LEARNT_DIR) };
}

/** One data set by name ("dev", "blind-a"), from data/ or data/learnt/. */
export function readDataSet(name: string): LabelledItem[] {
  const learnt = new URL(`${name}.jsonl`, LEARNT_DIR);
  const file = existsSync(learnt) ? learnt : new URL(`${name}.jsonl`, DATA_DIR);
  return parseLabelled(readFileSync(file, "utf8"), `${name}.jsonl`);
}

const key = (text: string) => text.toLowerCase().trim();

/**
 * Every line of data/learnt/*.jsonl, in file order, except a line that is also a line of a set never
 * trained on (writers of different sets sometimes typed the same "halo kak" or "gaji blm dibyr 3 bln").
 */
export function learntSets(): LabelledItem[] {
  const { unseen, learnt } = dataSetNames();
  const held = new Set(unseen.flatMap((s) => readDataSet(s)).map((i) => key(i.text)));
  return learnt.flatMap((s) => readDataSet(s)).filter((i) => !held.has(key(i.text)));
}

/**
 * Danger-model thresholds of the full classifier, chosen by cross-validation over the learnt sets
 * (scripts/cross-validate.ts: train on four fifths of the sets, evaluate on the rest): 0.3 and 0.7
 * instead of 0.4 and 0.9 caught 14 of the 35 danger messages missed, for 0.3 points more false
 * danger (films, jokes and phones that "died" keep 0.9: src/classifier.ts).
 */
export const FULL_DANGER_THRESHOLD = 0.3;
export const FULL_GUARDED_DANGER_THRESHOLD = 0.7;

/** Train the full classifier (about 20 s on one core here). */
export function createFullClassifierSync(options: Omit<ClassifierOptions, "extraCorpus"> = {}): Classifier {
  return createClassifierSync({
    dangerThreshold: FULL_DANGER_THRESHOLD,
    guardedDangerThreshold: FULL_GUARDED_DANGER_THRESHOLD,
    ...options,
    extraCorpus: learntSets(),
  });
}

let shared: Promise<Classifier> | undefined;

/** The full classifier with default settings, trained once per process and shared. */
export function fullClassifier(): Promise<Classifier> {
  shared ??= Promise.resolve()
    .then(() => createFullClassifierSync())
    .catch((e: unknown) => {
      shared = undefined;
      throw e;
    });
  return shared;
}
