/**
 * Requests for an officer she accepted while offline, and agreed to send when the network returns.
 * The one thing the chat stores without "keep this conversation": because she asked for it. Under
 * the "safetravel." prefix, so quick exit wipes it.
 */
import type { Session } from "./server";

export const HANDOFF_KEY = "safetravel.chatHandoff";

export interface QueuedHandoff {
  id: string;
  /** The problem the officer was offered for (an intent id). */
  reason: string;
  danger: boolean;
  country?: string;
  city?: string;
  language: "id" | "en";
  /** Her message about the problem, so the server can classify it and the officer can read it. */
  topic?: string;
  /** Milliseconds since the epoch. */
  queuedAt: number;
}

export type HandoffSendResult =
  | { kind: "sent"; caseId: string; session: Session }
  /** The network or server is not there: keep it and try again later. */
  | { kind: "retry"; reason: string }
  /** The server refused it for good (bad request): drop it, tell her. */
  | { kind: "failed"; message: string };

export interface HandoffStore {
  load(): QueuedHandoff[];
  save(items: QueuedHandoff[]): void;
}

/** Requests older than this are dropped unsent: whatever she needed a week ago, she must ask again. */
export const HANDOFF_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export function isQueuedHandoff(v: unknown): v is QueuedHandoff {
  if (!v || typeof v !== "object") return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o.id === "string" &&
    typeof o.reason === "string" &&
    typeof o.danger === "boolean" &&
    (o.language === "id" || o.language === "en") &&
    typeof o.queuedAt === "number" &&
    (o.topic === undefined || typeof o.topic === "string") &&
    (o.country === undefined || (typeof o.country === "string" && /^[A-Z]{2}$/.test(o.country)))
  );
}

export class HandoffQueue {
  private sending: Promise<FlushOutcome[]> | null = null;

  constructor(
    private readonly store: HandoffStore,
    private readonly send: (item: QueuedHandoff) => Promise<HandoffSendResult>,
    private readonly now: () => number = Date.now,
  ) {}

  pending(): QueuedHandoff[] {
    return this.store.load().filter(isQueuedHandoff);
  }

  /** Queues one request; one per conversation topic is enough (a newer one replaces an older of the same reason). */
  enqueue(item: Omit<QueuedHandoff, "id" | "queuedAt">, id = randomId()): QueuedHandoff {
    const queued: QueuedHandoff = { ...item, id, queuedAt: this.now() };
    const rest = this.pending().filter((q) => q.reason !== item.reason);
    this.store.save([...rest, queued]);
    return queued;
  }

  remove(id: string): void {
    this.store.save(this.pending().filter((q) => q.id !== id));
  }

  /** Sends what waits, one at a time; concurrent calls share one run. */
  flush(): Promise<FlushOutcome[]> {
    if (!this.sending) {
      this.sending = this.run().finally(() => {
        this.sending = null;
      });
    }
    return this.sending;
  }

  private async run(): Promise<FlushOutcome[]> {
    const out: FlushOutcome[] = [];
    for (const item of this.pending()) {
      if (this.now() - item.queuedAt > HANDOFF_MAX_AGE_MS) {
        this.remove(item.id);
        out.push({ item, result: { kind: "failed", message: "expired" } });
        continue;
      }
      const result = await this.send(item);
      out.push({ item, result });
      if (result.kind === "retry") break; // the network is still away; the rest would fail the same way
      this.remove(item.id);
    }
    return out;
  }
}

export interface FlushOutcome {
  item: QueuedHandoff;
  result: HandoffSendResult;
}

function randomId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === "function") return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The messages that make the server open the case: her topic, then the ask; "yes" if it asks consent again. */
export function handoffScript(item: QueuedHandoff): { ask: string; yes: string; topic?: string } {
  const en = item.language === "en";
  return {
    ...(item.topic ? { topic: item.topic } : {}),
    ask: en ? "I want to talk to an officer" : "Saya mau bicara dengan petugas",
    yes: en ? "Yes, alert an officer" : "Ya, hubungi petugas",
  };
}

/** Sends one queued request through the chat API: a new session, the topic, the ask, and "yes" when asked. */
export async function sendHandoff(
  item: QueuedHandoff,
  api: {
    start(body: { country?: string; city?: string; language?: "id" | "en" }): Promise<import("./server").ServerOutcome<Session & { replies: unknown[] }>>;
    message(session: Session, text: string): Promise<import("./server").ServerOutcome<{ caseId?: string }>>;
  },
): Promise<HandoffSendResult> {
  const started = await api.start({
    ...(item.country ? { country: item.country } : {}),
    ...(item.city ? { city: item.city } : {}),
    language: item.language,
  });
  if (started.kind !== "ok") return started.kind === "refused" ? { kind: "failed", message: started.message } : { kind: "retry", reason: started.kind };
  const session: Session = { id: started.data.id, token: started.data.token };
  const script = handoffScript(item);
  const lines = [...(script.topic ? [script.topic] : []), script.ask, script.yes];
  for (const text of lines) {
    const r = await api.message(session, text);
    if (r.kind === "ok") {
      if (r.data.caseId) return { kind: "sent", caseId: r.data.caseId, session };
      continue;
    }
    if (r.kind === "refused" && text === script.topic) continue; // a topic too long or empty: ask without it
    if (r.kind === "refused") return { kind: "failed", message: r.message };
    return { kind: "retry", reason: r.kind };
  }
  return { kind: "failed", message: "no case" };
}
