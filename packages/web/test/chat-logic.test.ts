import { describe, expect, it } from "vitest";
import { actionHref, appPath, mergePinned, pinnedFrom } from "../src/chat/actions";
import { ChatClient, fromServer, SERVER_BACKOFF_MS, shouldUseServer } from "../src/chat/client";
import { conversationReducer, emptyConversation, isConversationView, MAX_MESSAGES } from "../src/chat/conversation";
import { forgetKept, KEEP_KEY, type KeepStorage, loadKept, saveKept } from "../src/chat/keep";
import type { ChatEngine } from "../src/chat/engineRpc";
import { outcomeOf, ServerChat, type ServerOutcome } from "../src/chat/server";
import { pickVoice, replyLang, speakable } from "../src/chat/speech";
import { CHAT_TEXTS, chatText } from "../src/chat/texts";
import type { Answer, ChatAction } from "../src/chat/types";

const call = (value: string, label = `Telepon ${value}`): ChatAction => ({ kind: "call", label, value });

describe("actions", () => {
  it("builds tel:, sms: and wa.me links, and app paths", () => {
    expect(actionHref(call("999"))).toBe("tel:999");
    expect(actionHref(call("+852 5242-2240"))).toBe("tel:+85252422240");
    expect(actionHref({ kind: "sms", label: "SMS", value: "71999" })).toBe("sms:71999");
    expect(actionHref({ kind: "whatsapp", label: "WA", value: "+85267730466" })).toBe("https://wa.me/85267730466");
    expect(actionHref({ kind: "whatsapp", label: "WA", value: "123" })).toBeNull();
    expect(actionHref({ kind: "link", label: "Juang", value: "/juang" })).toBe("/juang");
    expect(actionHref({ kind: "reply", label: "ya", value: "ya" })).toBeNull();
  });

  it("keeps links inside the app and maps Indonesian paths", () => {
    expect(appPath("/direktori?country=HK")).toBe("/directory?country=HK");
    expect(appPath("/lapor-diri")).toBe("/lapor-diri");
    expect(appPath("https://evil.example")).toBeNull();
    expect(appPath("//evil.example")).toBeNull();
  });

  it("pins call and SMS buttons once each; newer first", () => {
    const replies = [
      { text: "a", actions: [call("999"), { kind: "whatsapp" as const, label: "WA", value: "+852" }] },
      { text: "b", actions: [call("999"), { kind: "sms" as const, label: "SMS", value: "71999" }] },
    ];
    expect(pinnedFrom(replies).map((a) => a.value)).toEqual(["999", "71999"]);
    expect(mergePinned([call("999")], [call("112"), call("999")]).map((a) => a.value)).toEqual(["112", "999"]);
  });
});

describe("message list reducer", () => {
  const answer = (over: Partial<Answer> = {}): Answer => ({
    intent: "emergency",
    danger: true,
    replies: [{ text: "Telepon 999", actions: [call("999")] }],
    pinned: [call("999")],
    source: "server",
    ...over,
  });

  it("adds her message and the replies in order, with increasing ids", () => {
    let v = conversationReducer(emptyConversation, { type: "greeted", replies: [{ text: "Halo", actions: [] }], source: "server" });
    v = conversationReducer(v, { type: "sent", text: "tolong" });
    v = conversationReducer(v, { type: "answered", answer: answer() });
    expect(v.messages.map((m) => [m.id, m.from, m.text])).toEqual([
      [1, "bot", "Halo"],
      [2, "me", "tolong"],
      [3, "bot", "Telepon 999"],
    ]);
    expect(v.danger).toBe(true);
    expect(v.pinned.map((a) => a.value)).toEqual(["999"]);
  });

  it("keeps pinned buttons once danger was seen, and marks a case open", () => {
    let v = conversationReducer(emptyConversation, { type: "answered", answer: answer() });
    v = conversationReducer(v, { type: "answered", answer: answer({ danger: false, pinned: [], caseId: "c1", intent: "human_agent" }) });
    expect(v.pinned).toHaveLength(1);
    expect(v.danger).toBe(true);
    expect(v.caseOpen).toBe(true);
  });

  it("notices, clear, restore, and a bound on the list", () => {
    let v = conversationReducer(emptyConversation, { type: "notice", text: "offline", tone: "warn" });
    expect(v.messages[0]).toMatchObject({ from: "notice", tone: "warn" });
    expect(conversationReducer(v, { type: "clear" })).toEqual(emptyConversation);
    expect(conversationReducer(v, { type: "restore", view: { nonsense: true } as never })).toBe(v);
    for (let i = 0; i < MAX_MESSAGES + 20; i++) v = conversationReducer(v, { type: "sent", text: String(i) });
    expect(v.messages).toHaveLength(MAX_MESSAGES);
    expect(v.messages.at(-1)?.text).toBe(String(MAX_MESSAGES + 19));
    expect(isConversationView(v)).toBe(true);
  });
});

function memoryStorage(): KeepStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe("keep this conversation", () => {
  it("saves under the safetravel prefix, loads it back, and forgets it", () => {
    const s = memoryStorage();
    expect(KEEP_KEY.startsWith("safetravel.")).toBe(true);
    expect(loadKept(s)).toBeNull();
    const view = conversationReducer(emptyConversation, { type: "sent", text: "halo" });
    saveKept({ view, session: { id: "s", token: "t" }, local: { version: 1 } }, s);
    expect(loadKept(s)).toEqual({ view, session: { id: "s", token: "t" }, local: { version: 1 } });
    forgetKept(s);
    expect(s.data.size).toBe(0);
  });

  it("ignores a broken or foreign value", () => {
    const s = memoryStorage();
    s.setItem(KEEP_KEY, "{not json");
    expect(loadKept(s)).toBeNull();
    s.setItem(KEEP_KEY, JSON.stringify({ view: { messages: "x" } }));
    expect(loadKept(s)).toBeNull();
  });
});

describe("server client", () => {
  it("maps statuses to what the chat does", () => {
    expect(outcomeOf(200)).toBe("ok");
    expect(outcomeOf(201)).toBe("ok");
    expect(outcomeOf(404)).toBe("expired");
    expect(outcomeOf(400)).toBe("refused");
    expect(outcomeOf(413)).toBe("refused");
    expect(outcomeOf(429)).toBe("unavailable");
    expect(outcomeOf(503)).toBe("unavailable");
  });

  it("sends the token and reads the error message", async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const api = new ServerChat({
      fetch: async (url, init) => {
        seen.push({ url, init });
        return new Response(JSON.stringify({ error: { code: "too_large", message: "Terlalu besar" } }), { status: 413 });
      },
    });
    const r = await api.message({ id: "abc", token: "tok" }, "halo");
    expect(r).toEqual({ kind: "refused", status: 413, message: "Terlalu besar" });
    expect(seen[0]?.url).toBe("/api/v1/chat/sessions/abc/messages");
    const first = seen[0]!;
    expect((first.init.headers as Record<string, string>).authorization).toBe("Bearer tok");
    expect(JSON.parse(String(first.init.body))).toEqual({ text: "halo" });
  });

  it("gives up after the time limit and when the network fails", async () => {
    const slow = new ServerChat({ timeoutMs: 20, fetch: () => new Promise<Response>(() => {}) });
    await expect(slow.start({})).resolves.toMatchObject({ kind: "unavailable", reason: "timeout" });
    const down = new ServerChat({ fetch: () => Promise.reject(new TypeError("Failed to fetch")) });
    await expect(down.start({})).resolves.toMatchObject({ kind: "unavailable" });
  });
});

/** A phone assistant that echoes, and a scripted server. */
function fakeEngine(): ChatEngine & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    warm: async () => ({ trainMs: 1 }),
    start: async () => ({ state: { version: 1 } as never, replies: [{ text: "Halo (HP)", actions: [] }] }),
    respond: async (state, text) => {
      calls.push(text);
      return {
        state,
        answer: { intent: "emergency", danger: true, replies: [{ text: `HP: ${text}`, actions: [call("999")] }], pinned: [call("999")], source: "local" },
      };
    },
  };
}

type Scripted = ServerOutcome<unknown>;
function fakeServer(starts: Scripted[], messages: Scripted[]) {
  const log: string[] = [];
  return {
    log,
    start: async () => {
      log.push("start");
      return (starts.shift() ?? { kind: "unavailable", reason: "none" }) as never;
    },
    message: async (s: { id: string }, text: string) => {
      log.push(`message ${s.id} ${text}`);
      return (messages.shift() ?? { kind: "unavailable", reason: "none" }) as never;
    },
  };
}

const okStart = (id: string): Scripted => ({ kind: "ok", data: { id, token: `t-${id}`, replies: [{ text: "Halo", actions: [] }] } });
const okAnswer = (text: string, extra: Record<string, unknown> = {}): Scripted => ({
  kind: "ok",
  data: { intent: "wage_issue", danger: false, replies: [{ text, actions: [] }], ...extra },
});

describe("online/offline choice", () => {
  it("uses the server only when online and not in the back-off window", () => {
    expect(shouldUseServer(true, 0, 1000)).toBe(true);
    expect(shouldUseServer(false, 0, 1000)).toBe(false);
    expect(shouldUseServer(true, 2000, 1000)).toBe(false);
  });

  it("online: greeting and answers from the server", async () => {
    const server = fakeServer([okStart("a")], [okAnswer("gaji")]);
    const engine = fakeEngine();
    const c = new ChatClient({ server, engine: async () => engine, online: () => true }, { country: "HK", language: "id" });
    await expect(c.start()).resolves.toMatchObject({ source: "server" });
    const r = await c.send("gaji belum dibayar");
    expect(r).toMatchObject({ kind: "answer", answer: { source: "server", replies: [{ text: "gaji" }] } });
    expect(engine.calls).toEqual([]);
    expect(server.log).toEqual(["start", "message a gaji belum dibayar"]);
  });

  it("offline: the phone answers and the server is not asked", async () => {
    const server = fakeServer([], []);
    const engine = fakeEngine();
    const c = new ChatClient({ server, engine: async () => engine, online: () => false }, { country: "MY", language: "id" });
    await expect(c.start()).resolves.toMatchObject({ source: "local", replies: [{ text: "Halo (HP)" }] });
    const r = await c.send("tolong");
    expect(r).toMatchObject({ kind: "answer", answer: { source: "local", danger: true } });
    expect(server.log).toEqual([]);
    expect(c.offline).toBe(true);
  });

  it("a failed request falls back to the phone, and the server is left alone for a while", async () => {
    let now = 1_000;
    const server = fakeServer([okStart("a")], [{ kind: "unavailable", reason: "timeout" }, okAnswer("back")]);
    const engine = fakeEngine();
    const c = new ChatClient({ server, engine: async () => engine, online: () => true, now: () => now }, { language: "id" });
    await c.start();
    await expect(c.send("tolong")).resolves.toMatchObject({ answer: { source: "local" } });
    expect(c.offline).toBe(true);
    await expect(c.send("lagi")).resolves.toMatchObject({ answer: { source: "local" } });
    expect(server.log).toEqual(["start", "message a tolong"]);
    now += SERVER_BACKOFF_MS;
    await expect(c.send("gaji")).resolves.toMatchObject({ answer: { source: "server" } });
    c.networkBack();
    expect(c.offline).toBe(false);
  });

  it("404: starts a new session and sends again, without telling her", async () => {
    const server = fakeServer([okStart("a"), okStart("b")], [{ kind: "expired" }, okAnswer("ok")]);
    const c = new ChatClient({ server, engine: async () => fakeEngine(), online: () => true }, { country: "SG", language: "en" });
    await c.start();
    await expect(c.send("hello")).resolves.toMatchObject({ answer: { source: "server" } });
    expect(server.log).toEqual(["start", "message a hello", "start", "message b hello"]);
    expect(c.session).toEqual({ id: "b", token: "t-b" });
  });

  it("400/413: shows the server's message, no phone answer", async () => {
    const server = fakeServer([okStart("a")], [{ kind: "refused", status: 413, message: "Terlalu besar" }]);
    const engine = fakeEngine();
    const c = new ChatClient({ server, engine: async () => engine, online: () => true }, { language: "id" });
    await c.start();
    await expect(c.send("x".repeat(3000))).resolves.toEqual({ kind: "refused", message: "Terlalu besar" });
    expect(engine.calls).toEqual([]);
  });

  it("a server answer in danger pins its call buttons; a case id is kept", () => {
    const a = fromServer({ intent: "emergency", danger: true, replies: [{ text: "x", actions: [call("999")] }], caseId: "k" });
    expect(a.pinned.map((p) => p.value)).toEqual(["999"]);
    expect(a.caseId).toBe("k");
    expect(fromServer({ intent: "greeting", danger: false, replies: [{ text: "x", actions: [call("999")] }] }).pinned).toEqual([]);
  });
});

describe("speech and texts", () => {
  it("reads replies in the language they are written in", () => {
    expect(replyLang("Kalau kamu dalam bahaya, telepon polisi 999")).toBe("id-ID");
    expect(replyLang("If you are in danger now, call the police")).toBe("en-US");
    expect(replyLang("anything", "en")).toBe("en-US");
    expect(replyLang("apa wae", "jv")).toBe("id-ID");
  });

  it("prefers an Indonesian voice on the phone (Android's old 'in-ID' too)", () => {
    const voices = [
      { lang: "en-US", name: "en" },
      { lang: "in_ID", name: "old android" },
    ];
    expect(pickVoice(voices, "id-ID")?.name).toBe("old android");
    expect(pickVoice([{ lang: "en-GB", name: "gb" }], "en-US")?.name).toBe("gb");
    expect(pickVoice([{ lang: "en-GB", name: "gb" }], "id-ID")).toBeUndefined();
  });

  it("reads phone numbers digit by digit", () => {
    expect(speakable("Hotline: +852 5242 2240.")).toBe("Hotline: + 8 5 2 5 2 4 2 2 2 4 0.");
    expect(speakable("info per 2025")).toBe("info per 2025");
  });

  it("has every text in Indonesian and English", () => {
    expect(Object.keys(CHAT_TEXTS.en).sort()).toEqual(Object.keys(CHAT_TEXTS.id).sort());
    expect(chatText("jv", "offline")).toMatch(/offline/);
    expect(chatText("jv", "send")).toBe(CHAT_TEXTS.id.send);
    expect(chatText("en", "error", { message: "Too long" })).toBe("Message not sent: Too long");
  });
});
