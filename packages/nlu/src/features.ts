/**
 * Features for the NLP.js neural classifier: normalised words, their Indonesian stems (NLP.js's
 * lang-id stemmer, only as an extra feature next to the word itself, since it over-stems
 * "majikan" → "maji"), and word pairs (so that "tidak boleh" and "tidak dibayar" differ from
 * "boleh" and "dibayar").
 */
import StemmerId from "@nlpjs/lang-id/src/stemmer-id.js";

const stemmer = new StemmerId();

const STOP = new Set(
  "yang di ke dari itu ini dan the a an to of in on at for is am are was were be my me i your you it this that he she they we our ya kak mbak mba bu ibu pak mas dik deh dong sih nih kok lah pun je ah eh oh loh lho min sis bang teh".split(
    " ",
  ),
);

const stemCache = new Map<string, string>();

function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = word.length >= 5 && /^[a-z]+$/.test(word) ? stemmer.stemWord(word) : word;
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

/** Bag of features of one normalised message. */
export function featuresOf(normalized: string): Record<string, number> {
  const words = normalized.split(" ").filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w));
  const out: Record<string, number> = {};
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    out[w] = 1;
    const s = stem(w);
    if (s !== w && s.length >= 3) out[`~${s}`] = 1;
    if (i + 1 < words.length) out[`${w}+${words[i + 1]}`] = 1;
  }
  return out;
}
