import { describe, expect, it } from "vitest";
import { type AlertBody, AlertQueue, classifyStatus, type QueuedAlert, type SendOutcome } from "../src/safetravel/lib/alertQueue";

function memoryStore() {
  let items: QueuedAlert[] = [];
  return {
    load: () => structuredClone(items),
    save: (next: QueuedAlert[]) => {
      items = structuredClone(next);
    },
  };
}

const body = (n: number): AlertBody => ({ clientId: `00000000-0000-4000-8000-00000000000${n}`, country: "HK" });
const sent: SendOutcome = { kind: "sent", id: "AL-1", receivedAt: "2025-01-01T00:00:00Z", duplicate: false };

describe("classifyStatus", () => {
  it("treats 2xx as sent, 408/429/5xx/0 as retry, other 4xx as rejected", () => {
    expect(classifyStatus(201)).toBe("sent");
    expect(classifyStatus(200)).toBe("sent");
    for (const s of [0, 408, 429, 500, 503]) expect(classifyStatus(s)).toBe("retry");
    for (const s of [400, 404, 413]) expect(classifyStatus(s)).toBe("rejected");
  });
});

describe("AlertQueue", () => {
  it("stores before sending and removes once sent", async () => {
    const store = memoryStore();
    const seen: number[] = [];
    const q = new AlertQueue(store, async () => {
      seen.push(store.load().length);
      return sent;
    });
    q.enqueue(body(1));
    const results = await q.flush();
    expect(seen).toEqual([1]); // it was in storage while being sent
    expect(results).toEqual([{ clientId: body(1).clientId, outcome: sent }]);
    expect(q.pending()).toEqual([]);
  });

  it("keeps the alert (same clientId) when the network fails, and sends it later", async () => {
    const store = memoryStore();
    let online = false;
    const bodies: AlertBody[] = [];
    const q = new AlertQueue(store, async (b) => {
      bodies.push(b);
      if (!online) throw new TypeError("Failed to fetch");
      return sent;
    });
    q.enqueue(body(1));
    expect((await q.flush())[0]?.outcome.kind).toBe("retry");
    expect(q.pending()).toHaveLength(1);
    expect(q.pending()[0]?.attempts).toBe(1);
    online = true;
    expect((await q.flush())[0]?.outcome.kind).toBe("sent");
    expect(q.pending()).toEqual([]);
    expect(bodies.map((b) => b.clientId)).toEqual([body(1).clientId, body(1).clientId]);
  });

  it("drops an alert the server refuses for good, and reports it", async () => {
    const q = new AlertQueue(memoryStore(), async () => ({ kind: "rejected", status: 400, message: "invalid" }));
    q.enqueue(body(1));
    expect((await q.flush())[0]?.outcome).toMatchObject({ kind: "rejected", status: 400 });
    expect(q.pending()).toEqual([]);
  });

  it("does not queue the same clientId twice", () => {
    const q = new AlertQueue(memoryStore(), async () => sent);
    q.enqueue(body(1));
    q.enqueue(body(1));
    expect(q.pending()).toHaveLength(1);
  });

  it("stops at the first retry instead of hammering a dead network", async () => {
    let calls = 0;
    const q = new AlertQueue(memoryStore(), async () => {
      calls++;
      return { kind: "retry", reason: "offline" };
    });
    q.enqueue(body(1));
    q.enqueue(body(2));
    await q.flush();
    expect(calls).toBe(1);
    expect(q.pending()).toHaveLength(2);
  });

  it("an alert queued during a flush is sent in the same flush", async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const q = new AlertQueue(memoryStore(), async () => {
      await gate;
      return sent;
    });
    q.enqueue(body(1));
    const first = q.flush();
    q.enqueue(body(2));
    const second = q.flush();
    release();
    const results = await first;
    expect(await second).toBe(results);
    expect(results.map((r) => r.clientId)).toEqual([body(1).clientId, body(2).clientId]);
    expect(q.pending()).toEqual([]);
  });
});
