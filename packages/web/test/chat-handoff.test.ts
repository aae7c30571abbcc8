import { describe, expect, it } from "vitest";
import {
  HANDOFF_KEY,
  HANDOFF_MAX_AGE_MS,
  type HandoffSendResult,
  HandoffQueue,
  type QueuedHandoff,
  handoffScript,
  isQueuedHandoff,
  sendHandoff,
} from "../src/chat/handoffQueue";
import type { ServerOutcome } from "../src/chat/server";

function memoryStore() {
  let items: QueuedHandoff[] = [];
  return {
    load: () => JSON.parse(JSON.stringify(items)) as QueuedHandoff[],
    save: (next: QueuedHandoff[]) => {
      items = next;
    },
    get items() {
      return items;
    },
  };
}

const base = { reason: "physical_abuse", danger: false, country: "MY", language: "id" as const, topic: "majikan pukul saya" };

describe("hand-off queue", () => {
  it("is stored under the safetravel prefix (quick exit wipes it)", () => {
    expect(HANDOFF_KEY.startsWith("safetravel.")).toBe(true);
  });

  it("queues, replaces a request of the same reason, and sends when asked", async () => {
    const store = memoryStore();
    const sent: string[] = [];
    const q = new HandoffQueue(store, async (item) => {
      sent.push(item.id);
      return { kind: "sent", caseId: "case-1", session: { id: "s", token: "t" } };
    });
    q.enqueue(base, "a");
    q.enqueue({ ...base, topic: "dipukul lagi" }, "b");
    q.enqueue({ ...base, reason: "wage_issue" }, "c");
    expect(q.pending().map((i) => i.id)).toEqual(["b", "c"]);
    const out = await q.flush();
    expect(out.map((o) => o.result.kind)).toEqual(["sent", "sent"]);
    expect(sent).toEqual(["b", "c"]);
    expect(store.items).toEqual([]);
  });

  it("keeps what could not be sent (network), and stops at the first such failure", async () => {
    const store = memoryStore();
    let calls = 0;
    const q = new HandoffQueue(store, async (): Promise<HandoffSendResult> => {
      calls++;
      return { kind: "retry", reason: "offline" };
    });
    q.enqueue(base, "a");
    q.enqueue({ ...base, reason: "wage_issue" }, "b");
    await q.flush();
    expect(calls).toBe(1);
    expect(q.pending()).toHaveLength(2);
  });

  it("drops a request the server refuses, and one older than a week", async () => {
    const store = memoryStore();
    let now = 0;
    const q = new HandoffQueue(store, async () => ({ kind: "failed", message: "bad" }), () => now);
    q.enqueue(base, "a");
    expect((await q.flush())[0]?.result.kind).toBe("failed");
    expect(q.pending()).toEqual([]);
    q.enqueue(base, "b");
    now = HANDOFF_MAX_AGE_MS + 1;
    const out = await q.flush();
    expect(out[0]?.result).toEqual({ kind: "failed", message: "expired" });
    expect(q.pending()).toEqual([]);
  });

  it("concurrent flushes share one run (no request sent twice)", async () => {
    const store = memoryStore();
    let calls = 0;
    const q = new HandoffQueue(store, async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      return { kind: "sent", caseId: "k", session: { id: "s", token: "t" } };
    });
    q.enqueue(base, "a");
    await Promise.all([q.flush(), q.flush(), q.flush()]);
    expect(calls).toBe(1);
  });

  it("ignores stored values that are not requests", () => {
    expect(isQueuedHandoff({ ...base, id: "x", queuedAt: 1 })).toBe(true);
    expect(isQueuedHandoff({ ...base, id: "x", queuedAt: 1, country: "malaysia" })).toBe(false);
    expect(isQueuedHandoff({ id: 1 })).toBe(false);
  });
});

describe("sending a queued hand-off through the chat API", () => {
  const item: QueuedHandoff = { ...base, id: "q", queuedAt: 0 };

  function api(answers: ServerOutcome<{ caseId?: string }>[], start: ServerOutcome<{ id: string; token: string; replies: unknown[] }> = { kind: "ok", data: { id: "s1", token: "t1", replies: [] } }) {
    const log: string[] = [];
    return {
      log,
      start: async (body: unknown) => {
        log.push(`start ${JSON.stringify(body)}`);
        return start;
      },
      message: async (_s: unknown, text: string) => {
        log.push(text);
        return answers.shift() ?? { kind: "unavailable" as const, reason: "none" };
      },
    };
  }

  it("sends the topic, then the ask, then yes when the server asks consent; returns the case and session", async () => {
    const a = api([{ kind: "ok", data: {} }, { kind: "ok", data: {} }, { kind: "ok", data: { caseId: "case-9" } }]);
    await expect(sendHandoff(item, a)).resolves.toEqual({ kind: "sent", caseId: "case-9", session: { id: "s1", token: "t1" } });
    expect(a.log).toEqual([
      'start {"country":"MY","language":"id"}',
      "majikan pukul saya",
      "Saya mau bicara dengan petugas",
      "Ya, hubungi petugas",
    ]);
  });

  it("stops as soon as the case is open", async () => {
    const a = api([{ kind: "ok", data: {} }, { kind: "ok", data: { caseId: "c" } }]);
    await expect(sendHandoff(item, a)).resolves.toMatchObject({ kind: "sent", caseId: "c" });
    expect(a.log).toHaveLength(3);
  });

  it("network gone: retry later; server refuses the start: failed", async () => {
    await expect(sendHandoff(item, api([], { kind: "unavailable", reason: "offline" }))).resolves.toMatchObject({ kind: "retry" });
    await expect(sendHandoff(item, api([{ kind: "unavailable", reason: "timeout" }]))).resolves.toMatchObject({ kind: "retry" });
    await expect(sendHandoff(item, api([], { kind: "refused", status: 400, message: "bad" }))).resolves.toEqual({ kind: "failed", message: "bad" });
  });

  it("English when she wrote English", () => {
    expect(handoffScript({ ...item, language: "en", topic: undefined })).toEqual({ ask: "I want to talk to an officer", yes: "Yes, alert an officer" });
  });
});
