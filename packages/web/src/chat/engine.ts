/**
 * The phone's assistant for the chat screen: in a module Web Worker (engineWorker.ts), created
 * once on first need or when the phone is idle, so training the classifier never freezes the
 * screen. Only where there is no Worker, or the worker cannot start, it runs in this thread
 * (localEngine.ts, its own lazy chunk).
 */
import { type ChatEngine, createEngineRpc, type EnginePort, inThisThread } from "./engineRpc";

let inThread: Promise<ChatEngine> | null = null;

/** The assistant in this thread (imported and trained on the first call). */
function loadInThisThread(): Promise<ChatEngine> {
  if (!inThread) {
    inThread = import("./localEngine").then((m) => inThisThread(m.createLocalEngine()));
    inThread.catch(() => {
      inThread = null;
    });
  }
  return inThread;
}

function workerPort(): EnginePort {
  const worker = new Worker(new URL("./engineWorker.ts", import.meta.url), { type: "module", name: "safetravel-assistant" });
  return {
    post: (request) => worker.postMessage(request),
    listen(onMessage, onFailure) {
      worker.addEventListener("message", (e: MessageEvent) => onMessage(e.data));
      worker.addEventListener("error", (e: ErrorEvent) => {
        e.preventDefault();
        onFailure(e.message || "the assistant's worker did not load");
      });
      worker.addEventListener("messageerror", () => onFailure("a message from the assistant's worker could not be read"));
    },
    close: () => worker.terminate(),
  };
}

let engine: ChatEngine | null = null;

/** The phone's assistant (the worker is created on the first request, not here). */
export function phoneEngine(): ChatEngine {
  engine ??=
    typeof Worker === "function"
      ? createEngineRpc(workerPort, loadInThisThread)
      : {
          warm: () => loadInThisThread().then((e) => e.warm()),
          start: (init) => loadInThisThread().then((e) => e.start(init)),
          respond: (state, text) => loadInThisThread().then((e) => e.respond(state, text)),
        };
  return engine;
}

export function loadEngine(): Promise<ChatEngine> {
  return Promise.resolve(phoneEngine());
}

/** Starts the worker, which trains at once, when the phone has nothing else to do (the first offline answer is then instant). */
export function prefetchEngineWhenIdle(): () => void {
  const warm = () => void phoneEngine().warm().catch(() => {});
  const w = window as Window & {
    requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
    cancelIdleCallback?: (id: number) => void;
  };
  if (w.requestIdleCallback) {
    const id = w.requestIdleCallback(warm, { timeout: 3000 });
    return () => w.cancelIdleCallback?.(id);
  }
  const id = window.setTimeout(warm, 1500);
  return () => window.clearTimeout(id);
}
