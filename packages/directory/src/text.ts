/** Lower case, accents removed, runs of non-letters collapsed to one space: for matching what people type. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** True when every word of `query` occurs in `text` (both folded). */
export function matchesAllWords(text: string, query: string): boolean {
  const haystack = fold(text);
  return fold(query)
    .split(" ")
    .filter((word) => word.length > 0)
    .every((word) => haystack.includes(word));
}

/** True when the folded `phrase` occurs in the folded `text` as whole words. */
export function containsPhrase(text: string, phrase: string): boolean {
  const f = fold(phrase);
  if (f.length === 0) return false;
  return ` ${fold(text)} `.includes(` ${f} `);
}
