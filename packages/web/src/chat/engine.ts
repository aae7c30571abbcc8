/** Loads the on-phone assistant once (a separate chunk), on first need or when the phone is idle. */
import type { LocalEngine } from "./localEngine";

let loading: Promise<LocalEngine> | null = null;

export function loadEngine(): Promise<LocalEngine> {
  if (!loading) {
    loading = import("./localEngine").then((m) => m.createLocalEngine());
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}

/** Starts loading and training when the phone has nothing else to do (the first offline answer is then instant). */
export function prefetchEngineWhenIdle(): () => void {
  const w = window as Window & {
    requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
    cancelIdleCallback?: (id: number) => void;
  };
  if (w.requestIdleCallback) {
    const id = w.requestIdleCallback(() => void loadEngine().catch(() => {}), { timeout: 3000 });
    return () => w.cancelIdleCallback?.(id);
  }
  const id = window.setTimeout(() => void loadEngine().catch(() => {}), 1500);
  return () => window.clearTimeout(id);
}
