/** The device's one queue of offline hand-offs (localStorage), sent when the network returns. */
import { currentLang } from "../shell/i18n";
import { type FlushOutcome, HANDOFF_KEY, HandoffQueue, type QueuedHandoff, sendHandoff } from "./handoffQueue";
import { ServerChat } from "./server";

function load(): QueuedHandoff[] {
  try {
    const raw = window.localStorage.getItem(HANDOFF_KEY);
    const v: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

function save(items: QueuedHandoff[]): void {
  try {
    if (items.length) window.localStorage.setItem(HANDOFF_KEY, JSON.stringify(items));
    else window.localStorage.removeItem(HANDOFF_KEY);
  } catch {
    // Storage blocked: the request stays in memory for this page only.
  }
}

const api = new ServerChat({ lang: currentLang });

export const handoffQueue = new HandoffQueue({ load, save }, (item) => sendHandoff(item, api));

type Listener = (outcomes: FlushOutcome[]) => void;
const listeners = new Set<Listener>();

export function onHandoffsFlushed(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Quick retries after a failed send (the network often comes back in steps); then every 20 s. */
const RETRY_MS = [2000, 5000, 10_000];
let retries = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

let flushing: Promise<FlushOutcome[]> | null = null;

/**
 * Sends what waits and tells the listeners once. Concurrent calls (the "online" event, the chat
 * screen, the timer) share one run: each telling the listeners showed "sent" twice.
 */
export function flushHandoffs(): Promise<FlushOutcome[]> {
  if (!flushing) {
    flushing = flushOnce().finally(() => {
      flushing = null;
    });
  }
  return flushing;
}

async function flushOnce(): Promise<FlushOutcome[]> {
  if (!handoffQueue.pending().length) return [];
  if (navigator.onLine === false) return [];
  const outcomes = await handoffQueue.flush();
  if (outcomes.length) for (const l of listeners) l(outcomes);
  const again = outcomes.some((o) => o.result.kind === "retry");
  clearTimeout(retryTimer);
  if (again && retries < RETRY_MS.length) retryTimer = setTimeout(() => void flushHandoffs(), RETRY_MS[retries++]);
  if (!again) retries = 0;
  return outcomes;
}

let started = false;

/** Once per page (the chat chunk stays loaded after she leaves the screen): send on "online" and every 20 s while something waits. */
export function startHandoffSender(): void {
  if (started) return;
  started = true;
  window.addEventListener("online", () => void flushHandoffs());
  window.setInterval(() => {
    if (handoffQueue.pending().length) void flushHandoffs();
  }, 20_000);
  void flushHandoffs();
}
