import { KEYS, readJson, write } from "../../shell/storage";
import { type AlertBody, AlertQueue, type FlushResult, type QueuedAlert } from "./alertQueue";
import { sendAlert } from "./alertTransport";

/** The device's one panic-alert outbox (localStorage, key safetravel.alertQueue). */
export const outbox = new AlertQueue(
  {
    load: () => readJson<QueuedAlert[]>(KEYS.alertQueue) ?? [],
    save: (items) => write(KEYS.alertQueue, items.length ? JSON.stringify(items) : null),
  },
  sendAlert,
);

type Listener = (results: FlushResult[]) => void;
const listeners = new Set<Listener>();

export function onOutboxFlushed(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export async function flushOutbox(): Promise<FlushResult[]> {
  const results = await outbox.flush();
  if (results.length) for (const l of listeners) l(results);
  return results;
}

/** Queues the alert and tries to send it now. */
export async function submitAlert(body: AlertBody): Promise<FlushResult[]> {
  outbox.enqueue(body);
  return flushOutbox();
}

/** Sends what is queued on start and whenever the network comes back. */
export function startOutbox(): void {
  if (outbox.pending().length) void flushOutbox();
  window.addEventListener("online", () => void flushOutbox());
  // "online" is not always reported (or the server was down): retry while something waits.
  window.setInterval(() => {
    if (outbox.pending().length) void flushOutbox();
  }, 20_000);
}
