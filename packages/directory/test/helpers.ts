import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** The package's own copy of a data file. */
export function packagedData(name: string): unknown {
  return JSON.parse(readFileSync(here(`../data/${name}`), "utf8"));
}

/** The vetted original in shared/data (beside the repository), or undefined when shared/ is not there. */
export function sharedOriginal(name: string): unknown {
  const path = here(`../../../../shared/data/${name}`);
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined;
}

/** Every string value of a JSON tree under a key named `number`, and every value of an emergency record. */
export function numbersIn(directoryFile: unknown): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown, key: string | undefined, inEmergency: boolean): void => {
    if (typeof value === "string") {
      if (key === "number" || (inEmergency && /^\+?[0-9][0-9 -]*$/.test(value))) found.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key, inEmergency);
    } else if (typeof value === "object" && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, k, inEmergency || k === "emergency");
    }
  };
  walk(directoryFile, undefined, false);
  return found;
}

/** Deep copy, to break a data file in a test. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
