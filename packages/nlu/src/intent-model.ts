/**
 * A second intent model beside NLP.js's network: multinomial logistic regression (softmax) over
 * hashed features of the normalised message: words, word pairs and character 3- to 5-grams of each
 * word. The character n-grams let it read typos, regional inflections and unseen forms of a word
 * the corpus has ("dikurung"/"dikurungin", "kula"/"kulo") where the network, which sees whole words
 * only, falls back to its "None" feature. The classifier averages the two models' scores.
 *
 * The weights of every (feature, intent) pair share one hashed table (the hashing trick), so the
 * model is a single Float32Array of 2^19 entries (2 MB) whatever the corpus size.
 */

export interface IntentModel<L extends string> {
  /** Probability of each label for a normalised message (sums to 1). */
  probabilities(normalized: string): Map<L, number>;
}

export interface IntentModelOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  /**
   * Softmax temperature of the probabilities it answers (training uses 1). Above 1 they are less
   * peaked, so that a second problem in the message keeps a score the urgency rule can see.
   */
  temperature?: number;
}

const BITS = 19;
const MASK = (1 << BITS) - 1;

function hashStr(s: string, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** Hashed feature ids (not yet mixed with a label) and their values. */
function featurize(normalized: string): { ids: Uint32Array; values: Float32Array } {
  const words = normalized.split(" ").filter(Boolean);
  const ids: number[] = [0];
  const values: number[] = [1];
  const wv = 1 / Math.sqrt(Math.max(1, words.length));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    ids.push(hashStr(w, 1));
    values.push(wv);
    if (i + 1 < words.length) {
      ids.push(hashStr(`${w} ${words[i + 1]}`, 2));
      values.push(wv);
    }
    const padded = ` ${w} `;
    const cv = 0.4 * wv;
    for (let s = 0; s < padded.length - 2; s++) {
      let h = 2166136261 ^ 3;
      for (let n = 0; n < 5 && s + n < padded.length; n++) {
        h ^= padded.charCodeAt(s + n);
        h = Math.imul(h, 16777619);
        if (n >= 2) {
          ids.push((h >>> 0) + n);
          values.push(cv);
        }
      }
    }
  }
  return { ids: Uint32Array.from(ids), values: Float32Array.from(values) };
}

const slot = (id: number, label: number) => (id + Math.imul(label + 1, 0x9e3779b1)) & MASK;

/** Train the model (deterministic). */
export function trainIntentModel<L extends string>(
  items: readonly { text: string; label: L }[],
  options: IntentModelOptions = {},
): IntentModel<L> {
  const epochs = options.epochs ?? 6;
  const lr = options.learningRate ?? 0.4;
  const l2 = options.l2 ?? 1e-5;
  const temperature = options.temperature ?? 1;
  const labels = [...new Set(items.map((i) => i.label))];
  const index = new Map(labels.map((l, i) => [l, i]));
  const K = labels.length;
  const weights = new Float32Array(MASK + 1);
  const g2 = new Float32Array(MASK + 1);
  const data = items.map((it) => ({ ...featurize(it.text), y: index.get(it.label)! }));
  const z = new Float64Array(K);
  let seed = 4242;
  const order = data.map((_, i) => i);

  function logits(ids: Uint32Array, values: Float32Array, temperature = 1): void {
    for (let k = 0; k < K; k++) {
      let s = 0;
      for (let j = 0; j < ids.length; j++) s += weights[slot(ids[j]!, k)]! * values[j]!;
      z[k] = s / temperature;
    }
    let max = -Infinity;
    for (let k = 0; k < K; k++) if (z[k]! > max) max = z[k]!;
    let sum = 0;
    for (let k = 0; k < K; k++) {
      z[k] = Math.exp(z[k]! - max);
      sum += z[k]!;
    }
    for (let k = 0; k < K; k++) z[k]! /= sum;
  }

  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const { ids, values, y } = data[n]!;
      logits(ids, values);
      for (let k = 0; k < K; k++) {
        const g = z[k]! - (k === y ? 1 : 0);
        if (Math.abs(g) < 0.01) continue;
        for (let j = 0; j < ids.length; j++) {
          const h = slot(ids[j]!, k);
          const grad = g * values[j]! + l2 * weights[h]!;
          g2[h]! += grad * grad;
          weights[h]! -= (lr * grad) / Math.sqrt(g2[h]! + 1e-8);
        }
      }
    }
  }

  return {
    probabilities(normalized: string): Map<L, number> {
      const { ids, values } = featurize(normalized);
      logits(ids, values, temperature);
      return new Map(labels.map((l, k) => [l, z[k]!]));
    },
  };
}
