/**
 * The outbox of panic alerts: pure logic over a key-value store and a transport, so it can be
 * tested without a browser. An alert is stored BEFORE the first send attempt (a crash or a
 * closed tab does not lose it) and removed once the server has it (201, or a duplicate 200/201)
 * or has refused it for good (4xx other than 408/429).
 */
export interface AlertLocation {
  lat: number;
  lon: number;
  accuracy?: number;
}

/** Body of POST /api/v1/alerts. */
export interface AlertBody {
  clientId: string;
  country?: string;
  location?: AlertLocation;
  registrationId?: string;
  text?: string;
  photo?: string;
  pressedAt?: string;
  language?: "id" | "en";
}

export interface QueuedAlert {
  body: AlertBody;
  queuedAt: string;
  attempts: number;
}

export type SendOutcome =
  | { kind: "sent"; id: string; receivedAt: string; duplicate: boolean }
  | { kind: "retry"; reason: string }
  | { kind: "rejected"; status: number; message: string };

export interface QueueStore {
  load(): QueuedAlert[];
  save(items: QueuedAlert[]): void;
}

export type Transport = (body: AlertBody) => Promise<SendOutcome>;

export interface FlushResult {
  clientId: string;
  outcome: SendOutcome;
}

/** What an HTTP status means for a queued alert. */
export function classifyStatus(status: number): "sent" | "retry" | "rejected" {
  if (status >= 200 && status < 300) return "sent";
  if (status === 408 || status === 429 || status >= 500 || status === 0) return "retry";
  return "rejected";
}

export class AlertQueue {
  private flushing: Promise<FlushResult[]> | null = null;
  private again = false;

  constructor(
    private readonly store: QueueStore,
    private readonly transport: Transport,
    private readonly now: () => Date = () => new Date(),
  ) {}

  pending(): QueuedAlert[] {
    return this.store.load();
  }

  /** Stores the alert (once per clientId). */
  enqueue(body: AlertBody): void {
    const items = this.store.load();
    if (items.some((i) => i.body.clientId === body.clientId)) return;
    items.push({ body, queuedAt: this.now().toISOString(), attempts: 0 });
    this.store.save(items);
  }

  /** Sends every queued alert once; alerts that must be retried stay in the queue. */
  flush(): Promise<FlushResult[]> {
    if (this.flushing) {
      this.again = true; // something was queued during a flush: go round once more
      return this.flushing;
    }
    this.flushing = this.loop().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async loop(): Promise<FlushResult[]> {
    const results: FlushResult[] = [];
    do {
      this.again = false;
      const round = await this.run();
      results.push(...round);
      if (round.some((r) => r.outcome.kind === "retry")) break;
    } while (this.again);
    return results;
  }

  private async run(): Promise<FlushResult[]> {
    const results: FlushResult[] = [];
    for (const item of this.store.load()) {
      let outcome: SendOutcome;
      try {
        outcome = await this.transport(item.body);
      } catch (e) {
        outcome = { kind: "retry", reason: e instanceof Error ? e.message : String(e) };
      }
      results.push({ clientId: item.body.clientId, outcome });
      // Re-read: another tab or the neutral page may have changed the queue meanwhile.
      const current = this.store.load();
      const next =
        outcome.kind === "retry"
          ? current.map((i) => (i.body.clientId === item.body.clientId ? { ...i, attempts: i.attempts + 1 } : i))
          : current.filter((i) => i.body.clientId !== item.body.clientId);
      this.store.save(next);
      if (outcome.kind === "retry") break; // no network: do not hammer it with the rest
    }
    return results;
  }
}
