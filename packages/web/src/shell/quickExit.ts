import { KEYS } from "./storage";
import { databasesToDelete, hasQueuedAlerts, keysToWipe } from "./wipe";

/** Neutral, offline-safe page (precached): a recipe page. */
export const NEUTRAL_PAGE = "/resep.html";

function storageKeys(s: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k !== null) keys.push(k);
  }
  return keys;
}

function wipeStorage(s: Storage, keepAlertQueue: boolean): void {
  for (const k of keysToWipe(storageKeys(s), keepAlertQueue)) s.removeItem(k);
}

async function deleteDatabases(): Promise<void> {
  if (!("indexedDB" in window) || typeof indexedDB.databases !== "function") return;
  const names = databasesToDelete((await indexedDB.databases()).map((d) => d.name));
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve) => {
          const req = indexedDB.deleteDatabase(name);
          req.onsuccess = req.onerror = req.onblocked = () => resolve();
        }),
    ),
  );
}

let leaving = false;

/**
 * Leaves at once: hides the screen, wipes what Safe Travel keeps on the device (but an unsent
 * panic alert), and replaces the current history entry with the neutral page.
 */
export async function quickExit(): Promise<void> {
  if (leaving) return;
  leaving = true;
  document.title = "Resep";
  document.body.style.visibility = "hidden";
  try {
    const keep = hasQueuedAlerts(window.localStorage.getItem(KEYS.alertQueue));
    wipeStorage(window.localStorage, keep);
    wipeStorage(window.sessionStorage, false);
    await Promise.race([deleteDatabases(), new Promise((r) => setTimeout(r, 400))]);
  } catch {
    // Never let a storage error keep her on the screen.
  }
  window.location.replace(NEUTRAL_PAGE);
}
