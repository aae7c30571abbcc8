/**
 * The phone's assistant behind a message port, so that training the classifier never freezes the
 * screen. Both sides of the conversation with the Web Worker live here, without the DOM, so they
 * are tested in Node:
 * - the worker side answers each request with one LocalEngine, built (trained) on the first request;
 * - the main-thread side is a promise per request id; an error thrown in the worker rejects that
 *   request only. If the worker cannot run at all (failed to load, crashed), the waiting requests
 *   and every later one go to the fallback (the same engine in this thread): an answer with the
 *   numbers matters more than a smooth screen.
 */
import type { LocalEngine } from "./localEngine";

export type EngineInit = Parameters<LocalEngine["start"]>[0];
export type Started = ReturnType<LocalEngine["start"]>;
export type EngineState = Started["state"];
export type Responded = ReturnType<LocalEngine["respond"]>;

/** What the chat client needs of the phone's assistant, wherever it runs. */
export interface ChatEngine {
  /** Builds (trains) the assistant now if not done yet. trainMs: how long training took on this phone. */
  warm(): Promise<{ trainMs: number }>;
  start(init: EngineInit): Promise<Started>;
  respond(state: EngineState, text: string): Promise<Responded>;
}

export type EngineRequest =
  | { id: number; op: "warm" }
  | { id: number; op: "start"; init: EngineInit }
  | { id: number; op: "respond"; state: EngineState; text: string };

export type EngineResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/** An error the assistant raised (in the worker or, failing that, here). */
export class EngineError extends Error {
  override name = "EngineError";
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

// ---- worker side ----

/** The worker's request handler: one engine, built on the first request (a failed build is retried on the next). */
export function engineHandler(build: () => LocalEngine): (request: EngineRequest) => EngineResponse {
  let engine: LocalEngine | null = null;
  return (request) => {
    const id = typeof request?.id === "number" ? request.id : -1;
    try {
      engine ??= build();
      switch (request.op) {
        case "warm":
          return { id, ok: true, result: { trainMs: engine.trainMs } };
        case "start":
          return { id, ok: true, result: engine.start(request.init) };
        case "respond":
          return { id, ok: true, result: engine.respond(request.state, request.text) };
      }
      return { id, ok: false, error: `unknown request ${JSON.stringify((request as { op?: unknown }).op)}` };
    } catch (e) {
      return { id, ok: false, error: messageOf(e) };
    }
  };
}

// ---- main-thread side ----

/** The main thread's end of the worker (a Worker in the app, a fake in tests). */
export interface EnginePort {
  post(request: EngineRequest): void;
  /** onMessage with every message; onFailure when the other side cannot answer any more (failed to load, crashed). */
  listen(onMessage: (data: unknown) => void, onFailure: (reason: string) => void): void;
  close?(): void;
}

type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
  /** The same request through the fallback engine. */
  retry(): Promise<unknown>;
}

export interface EngineRpc extends ChatEngine {
  /** Requests sent and not yet answered. */
  readonly pending: number;
  /** Whether requests now go to the fallback (or fail, without one). */
  readonly failed: boolean;
}

function isResponse(data: unknown): data is EngineResponse {
  return typeof data === "object" && data !== null && typeof (data as { id?: unknown }).id === "number" && typeof (data as { ok?: unknown }).ok === "boolean";
}

/**
 * A ChatEngine that sends each call through a port, which connect() opens on the first call (once).
 * fallback: the engine to use when the port fails; without one, calls then reject.
 */
export function createEngineRpc(connect: () => EnginePort, fallback?: () => Promise<ChatEngine>): EngineRpc {
  let port: EnginePort | null = null;
  let failure: string | null = null;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();
  let backup: Promise<ChatEngine> | null = null;

  const viaFallback = <T>(use: (e: ChatEngine) => Promise<T>): Promise<T> => {
    if (!fallback) return Promise.reject(new EngineError(`the assistant could not start: ${failure}`));
    if (!backup) {
      backup = fallback();
      backup.catch(() => {
        backup = null; // try again with the next request
      });
    }
    return backup.then(use);
  };

  const fail = (reason: string) => {
    if (failure !== null) return;
    failure = reason;
    try {
      port?.close?.();
    } catch {
      // already gone
    }
    port = null;
    const stranded = [...waiting.values()];
    waiting.clear();
    for (const w of stranded) w.retry().then(w.resolve, w.reject);
  };

  const onMessage = (data: unknown) => {
    if (!isResponse(data)) return;
    const w = waiting.get(data.id);
    if (!w) return;
    waiting.delete(data.id);
    if (data.ok) w.resolve(data.result);
    else w.reject(new EngineError(data.error));
  };

  function call<T>(request: WithoutId<EngineRequest>, use: (e: ChatEngine) => Promise<T>): Promise<T> {
    if (failure === null && !port) {
      try {
        const opened = connect();
        port = opened;
        opened.listen(onMessage, fail);
      } catch (e) {
        fail(messageOf(e));
      }
    }
    const open = port;
    if (failure !== null || !open) return viaFallback(use);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject, retry: () => viaFallback(use) });
      try {
        open.post({ ...request, id } as EngineRequest);
      } catch (e) {
        // This request could not be sent (e.g. not cloneable): it fails, the worker is still fine.
        waiting.delete(id);
        reject(new EngineError(messageOf(e)));
      }
    });
  }

  return {
    get pending() {
      return waiting.size;
    },
    get failed() {
      return failure !== null;
    },
    warm: () => call({ op: "warm" }, (e) => e.warm()),
    start: (init) => call({ op: "start", init }, (e) => e.start(init)),
    respond: (state, text) => call({ op: "respond", state, text }, (e) => e.respond(state, text)),
  };
}

/** A LocalEngine in this thread behind the same asynchronous interface. */
export function inThisThread(engine: LocalEngine): ChatEngine {
  return {
    warm: async () => ({ trainMs: engine.trainMs }),
    start: async (init) => engine.start(init),
    respond: async (state, text) => engine.respond(state, text),
  };
}
