/**
 * Runs sync in the app: on open, when the network comes back ("online"), and 2 s after edits.
 * The state is shown plainly: off, syncing, last synced, offline, error.
 */
import { useSyncExternalStore } from "react";
import { deviceStore, getSync, onLocalEdit, setMeta } from "../db";
import { createCodec, deriveSyncKey } from "./crypto";
import { httpTransport } from "./http";
import { syncOnce } from "./protocol";

export type SyncKind = "off" | "idle" | "syncing" | "offline" | "error" | "ok";
export interface SyncState {
  kind: SyncKind;
  at?: string;
  msg?: string;
}

let state: SyncState = { kind: "idle" };
const subs = new Set<() => void>();
function set(s: SyncState) {
  state = s;
  for (const f of subs) f();
}

export function useSyncState(): SyncState {
  return useSyncExternalStore(
    (f) => {
      subs.add(f);
      return () => subs.delete(f);
    },
    () => state,
  );
}

let keyCache: { k: string; key: CryptoKey } | undefined;
let running: Promise<void> | undefined;
let again = false;

export async function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      const cfg = await getSync();
      if (!cfg) {
        set({ kind: "off" });
        return;
      }
      if (typeof navigator !== "undefined" && navigator.onLine === false) {
        set({ kind: "offline", ...(cfg.lastSynced ? { at: cfg.lastSynced } : {}) });
        return;
      }
      set({ kind: "syncing", ...(cfg.lastSynced ? { at: cfg.lastSynced } : {}) });
      try {
        const k = `${cfg.vaultId}\n${cfg.token}`;
        if (keyCache?.k !== k) keyCache = { k, key: await deriveSyncKey(cfg.token, cfg.vaultId) };
        await syncOnce(deviceStore, httpTransport(cfg.vaultId, cfg.token, cfg.baseUrl ?? ""), createCodec(keyCache.key, cfg.vaultId));
        const at = new Date().toISOString();
        const now = await getSync();
        if (now) await setMeta("sync", { ...now, lastSynced: at });
        set({ kind: "ok", at });
      } catch (e) {
        const offline = e instanceof TypeError || (typeof navigator !== "undefined" && navigator.onLine === false);
        set(offline ? { kind: "offline", ...(cfg.lastSynced ? { at: cfg.lastSynced } : {}) } : { kind: "error", msg: (e as Error).message });
        return;
      }
    } while (again);
  })().finally(() => {
    running = undefined;
  });
  return running;
}

/** Starts the runner; returns a stop function. */
export function startSyncRunner(): () => void {
  let timer: number | undefined;
  const soon = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void syncNow(), 2000);
  };
  const online = () => void syncNow();
  const offline = () => set({ kind: "offline", ...(state.at ? { at: state.at } : {}) });
  window.addEventListener("online", online);
  window.addEventListener("offline", offline);
  const off = onLocalEdit(soon);
  void syncNow();
  return () => {
    window.clearTimeout(timer);
    window.removeEventListener("online", online);
    window.removeEventListener("offline", offline);
    off();
  };
}
