import type { Source } from "./types.js";

const DATE_PREFIX = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?![\d-])/;

/**
 * The date a source gives, as YYYY, YYYY-MM or YYYY-MM-DD, or null when it is undated.
 * Only a date at the start counts: "2019-10-17 (checked 2023-12-14)" is 2019-10-17; estimated
 * dates ("c.2020", "undated (c.2022+)") are not dates.
 */
export function sourceDate(date: string): string | null {
  const match = DATE_PREFIX.exec(date.trim());
  if (!match) return null;
  return [match[1], match[2], match[3]].filter((part) => part !== undefined).join("-");
}

/** The newest dated source, or null when every source is undated. */
export function newestDate(sources: readonly Source[]): string | null {
  let newest: string | null = null;
  for (const source of sources) {
    const date = sourceDate(source.date);
    if (date !== null && (newest === null || isAfter(date, newest))) newest = date;
  }
  return newest;
}

/** Compares part by part, so "2024-12-02" is after "2024-12" and "2024-11-30". */
function isAfter(a: string, b: string): boolean {
  const pa = a.split("-").map(Number);
  const pb = b.split("-").map(Number);
  for (let i = 0; i < 3; i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x > y;
  }
  return false;
}
