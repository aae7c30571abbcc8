import { useSyncExternalStore } from "react";
import { KEYS, read, write } from "../../shell/storage";

/** Her country (ISO2), chosen once and remembered on the device. */
const listeners = new Set<() => void>();

export function getCountry(): string | null {
  const v = read(KEYS.country);
  return v && /^[A-Z]{2}$/.test(v) ? v : null;
}

export function setCountry(code: string | null): void {
  write(KEYS.country, code);
  for (const l of listeners) l();
}

export function useCountry(): string | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    getCountry,
    getCountry,
  );
}

/** Country name in her language, from the browser's own data (no bundle cost). */
export function countryName(code: string, lang: "id" | "en", fallback?: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: "region" }).of(code) ?? fallback ?? code;
  } catch {
    return fallback ?? code;
  }
}
