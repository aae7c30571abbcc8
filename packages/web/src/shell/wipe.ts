import { DB_PREFIX, KEYS, PREFIX } from "./storage";

/**
 * The storage keys quick exit removes: every key of Safe Travel, except the queue of panic
 * alerts she pressed for and that could not be sent yet (see README: a request for help
 * is not thrown away; it is sent from the neutral page or on the next start, then removed).
 */
export function keysToWipe(keys: readonly string[], keepAlertQueue: boolean): string[] {
  return keys.filter((k) => k.startsWith(PREFIX) && !(keepAlertQueue && k === KEYS.alertQueue));
}

/** IndexedDB databases of Safe Travel ("safetravel…"); never Juang's ("juang…"). */
export function databasesToDelete(names: readonly (string | undefined)[]): string[] {
  return names.filter((n): n is string => typeof n === "string" && n.startsWith(DB_PREFIX));
}

/** True when the queue value holds at least one unsent alert. */
export function hasQueuedAlerts(raw: string | null): boolean {
  if (!raw) return false;
  try {
    const v: unknown = JSON.parse(raw);
    return Array.isArray(v) && v.length > 0;
  } catch {
    return false;
  }
}

/** Detects two presses of the same key within `windowMs` (double Escape). */
export function createDoubleKeyDetector(windowMs = 800): (now: number) => boolean {
  let last = Number.NEGATIVE_INFINITY;
  return (now: number) => {
    if (now - last <= windowMs) {
      last = Number.NEGATIVE_INFINITY;
      return true;
    }
    last = now;
    return false;
  };
}
