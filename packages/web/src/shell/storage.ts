/**
 * Everything Safe Travel keeps on the device lives under this prefix (localStorage and
 * sessionStorage) or in IndexedDB databases whose names start with "safetravel".
 * Quick exit wipes exactly these.
 */
export const PREFIX = "safetravel.";
export const DB_PREFIX = "safetravel";

export const KEYS = {
  lang: `${PREFIX}lang`,
  country: `${PREFIX}country`,
  registration: `${PREFIX}registration`,
  alertQueue: `${PREFIX}alertQueue`,
} as const;

export function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Storage full or blocked: the app still works, it just does not remember.
  }
}

export function readJson<T>(key: string): T | null {
  const raw = read(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}
