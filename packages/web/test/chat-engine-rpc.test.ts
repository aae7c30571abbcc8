/** The phone's assistant behind a message port (engineRpc.ts): both ends, with fake ports and the real engine. */
import { describe, expect, it } from "vitest";
import {
  type ChatEngine,
  createEngineRpc,
  type EnginePort,
  type EngineRequest,
  type EngineResponse,
  EngineError,
  engineHandler,
  inThisThread,
} from "../src/chat/engineRpc";
import { createLocalEngine, type LocalEngine } from "../src/chat/localEngine";

/** A port the test answers by hand. */
function manualPort() {
  const sent: EngineRequest[] = [];
  let onMessage: (data: unknown) => void = () => {};
  let onFailure: (reason: string) => void = () => {};
  let closed = 0;
  const port: EnginePort = {
    post: (r) => void sent.push(structuredClone(r)),
    listen(m, f) {
      onMessage = m;
      onFailure = f;
    },
    close: () => void closed++,
  };
  return {
    port,
    sent,
    reply: (data: unknown) => onMessage(data),
    fail: (reason: string) => onFailure(reason),
    get closed() {
      return closed;
    },
  };
}

/** A port to engineHandler, as a worker would be: cloned both ways, answered on a later task. */
function workerLikePort(handle: (r: EngineRequest) => EngineResponse): EnginePort {
  let onMessage: (data: unknown) => void = () => {};
  return {
    post(request) {
      const copy = structuredClone(request);
      setTimeout(() => onMessage(structuredClone(handle(copy))), 0);
    },
    listen(m) {
      onMessage = m;
    },
  };
}

const started = (text: string) => ({ state: { version: 1 } as never, replies: [{ text, actions: [] }] });

function fakeLocal(name: string, log: string[] = []): LocalEngine {
  return {
    trainMs: 7,
    start: () => {
      log.push(`${name} start`);
      return started(`${name} halo`);
    },
    respond: (state, text) => {
      log.push(`${name} respond ${text}`);
      if (text === "boom") throw new TypeError(`${name} cannot answer`);
      return { state, answer: { intent: "x", danger: false, replies: [{ text: `${name}: ${text}`, actions: [] }], pinned: [], source: "local" } };
    },
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("engine RPC (main-thread side)", () => {
  it("connects lazily, once, and matches answers to requests by id, in any order", async () => {
    const m = manualPort();
    let connects = 0;
    const rpc = createEngineRpc(() => {
      connects++;
      return m.port;
    });
    expect(connects).toBe(0);

    const a = rpc.respond({ version: 1 } as never, "satu");
    const b = rpc.respond({ version: 1 } as never, "dua");
    const w = rpc.warm();
    expect(connects).toBe(1);
    expect(m.sent.map((r) => r.op)).toEqual(["respond", "respond", "warm"]);
    const ids = m.sent.map((r) => r.id);
    expect(new Set(ids).size).toBe(3);
    expect(rpc.pending).toBe(3);

    // Answered out of order; an unknown id and stray messages are ignored.
    m.reply({ id: ids[2], ok: true, result: { trainMs: 42 } });
    m.reply({ id: 999, ok: true, result: "nobody asked" });
    m.reply("noise");
    m.reply(null);
    m.reply({ id: ids[1], ok: true, result: { state: {}, answer: { replies: [{ text: "dua" }] } } });
    m.reply({ id: ids[0], ok: true, result: { state: {}, answer: { replies: [{ text: "satu" }] } } });
    await expect(w).resolves.toEqual({ trainMs: 42 });
    await expect(b).resolves.toMatchObject({ answer: { replies: [{ text: "dua" }] } });
    await expect(a).resolves.toMatchObject({ answer: { replies: [{ text: "satu" }] } });
    expect(rpc.pending).toBe(0);

    // A duplicate answer to a settled request changes nothing.
    m.reply({ id: ids[0], ok: true, result: "again" });
    void rpc.start({ country: "HK", language: "id" });
    expect(connects).toBe(1);
    expect(rpc.pending).toBe(1);
  });

  it("sends the request's arguments", () => {
    const m = manualPort();
    const rpc = createEngineRpc(() => m.port);
    void rpc.start({ country: "MY", city: null, language: "en" });
    void rpc.respond({ version: 1, language: "id" } as never, "tolong");
    expect(m.sent[0]).toMatchObject({ op: "start", init: { country: "MY", city: null, language: "en" } });
    expect(m.sent[1]).toMatchObject({ op: "respond", state: { version: 1, language: "id" }, text: "tolong" });
  });

  it("an error in the worker rejects that request only, with its message; the worker keeps answering", async () => {
    const m = manualPort();
    const rpc = createEngineRpc(() => m.port, async () => inThisThread(fakeLocal("fallback")));
    const bad = rpc.respond({} as never, "boom");
    const good = rpc.respond({} as never, "ok");
    m.reply({ id: m.sent[0]!.id, ok: false, error: "worker cannot answer" });
    m.reply({ id: m.sent[1]!.id, ok: true, result: "fine" });
    const error = await bad.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ name: "EngineError", message: "worker cannot answer" });
    await expect(good).resolves.toBe("fine");
    expect(rpc.failed).toBe(false);
    const next = rpc.warm();
    expect(m.sent).toHaveLength(3);
    m.reply({ id: m.sent[2]!.id, ok: true, result: { trainMs: 1 } });
    await expect(next).resolves.toEqual({ trainMs: 1 });
  });

  it("a request that cannot be sent fails alone", async () => {
    let posts = 0;
    const m = manualPort();
    const rpc = createEngineRpc(() => ({
      ...m.port,
      post(r) {
        if (posts++ === 0) throw new DOMException("could not be cloned", "DataCloneError");
        m.port.post(r);
      },
    }));
    await expect(rpc.respond({} as never, "x")).rejects.toThrow(/could not be cloned/);
    expect(rpc.pending).toBe(0);
    const w = rpc.warm();
    m.reply({ id: m.sent[0]!.id, ok: true, result: { trainMs: 3 } });
    await expect(w).resolves.toEqual({ trainMs: 3 });
  });

  it("when the worker fails, waiting and later requests are answered by the fallback; the worker is closed and not started again", async () => {
    const m = manualPort();
    const log: string[] = [];
    let connects = 0;
    let fallbacks = 0;
    const rpc = createEngineRpc(
      () => {
        connects++;
        return m.port;
      },
      async () => {
        fallbacks++;
        return inThisThread(fakeLocal("page", log));
      },
    );
    const a = rpc.start({ language: "id" });
    const b = rpc.respond({} as never, "tolong");
    m.fail("the worker did not load");
    await expect(a).resolves.toMatchObject({ replies: [{ text: "page halo" }] });
    await expect(b).resolves.toMatchObject({ answer: { replies: [{ text: "page: tolong" }] } });
    expect(rpc.failed).toBe(true);
    expect(rpc.pending).toBe(0);
    expect(m.closed).toBe(1);

    await expect(rpc.respond({} as never, "lagi")).resolves.toMatchObject({ answer: { replies: [{ text: "page: lagi" }] } });
    await expect(rpc.respond({} as never, "boom")).rejects.toThrow(/page cannot answer/);
    await expect(rpc.warm()).resolves.toEqual({ trainMs: 7 });
    expect(connects).toBe(1);
    expect(fallbacks).toBe(1);
    expect(m.sent).toHaveLength(2);
    expect(log).toEqual(["page start", "page respond tolong", "page respond lagi", "page respond boom"]);

    // A late answer from the dead worker changes nothing.
    m.reply({ id: m.sent[0]!.id, ok: true, result: "late" });
    m.fail("again");
    expect(m.closed).toBe(1);
  });

  it("a worker that cannot be created: the fallback answers at once", async () => {
    const rpc = createEngineRpc(
      () => {
        throw new TypeError("module workers are not supported");
      },
      async () => inThisThread(fakeLocal("page")),
    );
    await expect(rpc.start({ language: "id" })).resolves.toMatchObject({ replies: [{ text: "page halo" }] });
    expect(rpc.failed).toBe(true);
  });

  it("a fallback that fails to load is tried again with the next request", async () => {
    let attempts = 0;
    const rpc = createEngineRpc(
      () => {
        throw new Error("no worker");
      },
      async () => {
        if (attempts++ === 0) throw new Error("chunk did not load");
        return inThisThread(fakeLocal("page"));
      },
    );
    await expect(rpc.warm()).rejects.toThrow(/chunk did not load/);
    await expect(rpc.warm()).resolves.toEqual({ trainMs: 7 });
    expect(attempts).toBe(2);
  });

  it("without a fallback, a failed worker rejects what waits and what comes", async () => {
    const m = manualPort();
    const rpc = createEngineRpc(() => m.port);
    const a = rpc.warm();
    m.fail("crashed");
    await expect(a).rejects.toThrow(/could not start: crashed/);
    await expect(rpc.start({ language: "id" })).rejects.toBeInstanceOf(EngineError);
  });
});

describe("engine handler (worker side)", () => {
  it("builds the engine on the first request, once, and answers each op with the request's id", () => {
    let builds = 0;
    const handle = engineHandler(() => {
      builds++;
      return fakeLocal("w");
    });
    expect(builds).toBe(0);
    expect(handle({ id: 1, op: "warm" })).toEqual({ id: 1, ok: true, result: { trainMs: 7 } });
    expect(handle({ id: 2, op: "start", init: { language: "id" } })).toEqual({ id: 2, ok: true, result: started("w halo") });
    expect(handle({ id: 3, op: "respond", state: {} as never, text: "hai" })).toMatchObject({
      id: 3,
      ok: true,
      result: { answer: { replies: [{ text: "w: hai" }] } },
    });
    expect(builds).toBe(1);
  });

  it("turns a thrown error into an error answer, and retries a failed build on the next request", () => {
    let builds = 0;
    const handle = engineHandler(() => {
      if (builds++ === 0) throw new RangeError("out of memory");
      return fakeLocal("w");
    });
    expect(handle({ id: 1, op: "warm" })).toEqual({ id: 1, ok: false, error: "out of memory" });
    expect(handle({ id: 2, op: "respond", state: {} as never, text: "boom" })).toEqual({ id: 2, ok: false, error: "w cannot answer" });
    expect(handle({ id: 3, op: "nope" } as unknown as EngineRequest)).toEqual({ id: 3, ok: false, error: 'unknown request "nope"' });
    expect(builds).toBe(2);
  });
});

describe("the real assistant through the RPC, as in the worker", () => {
  it("answers danger in Hong Kong with 999 and the KJRI hotline, and keeps the dialogue state across calls", async () => {
    let builds = 0;
    const handle = engineHandler(() => {
      builds++;
      return createLocalEngine();
    });
    const rpc: ChatEngine = createEngineRpc(() => workerLikePort(handle));
    const [warm, first] = await Promise.all([rpc.warm(), rpc.start({ country: "HK", language: "id" })]);
    expect(warm.trainMs).toBeGreaterThanOrEqual(0);
    expect(first.replies[0]?.text).toMatch(/asisten Safe Travel/);
    const { state, answer } = await rpc.respond(first.state, "tolong majikan mau bunuh saya");
    expect(answer).toMatchObject({ danger: true, source: "local" });
    expect(answer.pinned.map((a) => a.value)).toEqual(expect.arrayContaining(["999", "+85252422240"]));
    // Offer of an officer accepted: the state came back through the port and the dialogue goes on.
    const next = await rpc.respond(state, "Ya, hubungi petugas");
    expect(next.answer.handoff).toMatchObject({ country: "HK" });
    expect(builds).toBe(1);
    await flush();
  });
});
