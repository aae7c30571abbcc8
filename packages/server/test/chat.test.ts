import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chatStore } from "../src/chat/chat-store";
import { BACKENDS, startTestApp, type TestApp } from "./helpers";

type Action = { kind: string; label: string; value: string };
type Reply = { text: string; actions: Action[] };

describe.each(BACKENDS)("chat API on %s", (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend);
  });
  afterAll(() => t.close());

  async function start(body: object = { country: "HK" }) {
    const response = await t.app.inject({ method: "POST", url: "/api/v1/chat/sessions", payload: body });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; token: string; replies: Reply[] };
  }
  const say = (session: { id: string; token: string }, text: string, token = session.token) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/chat/sessions/${session.id}/messages`,
      headers: { authorization: `Bearer ${token}` },
      payload: { text },
    });

  it("starts with a greeting", async () => {
    const session = await start();
    expect(session.id).toMatch(/^CH-/);
    expect(session.replies.length).toBeGreaterThan(0);
    expect(session.replies[0]!.text.length).toBeGreaterThan(0);
  });

  it("answers danger at once with the local emergency number and the mission as call actions", async () => {
    const session = await start({ country: "HK" });
    const response = await say(session, "tolong majikan mau bunuh saya pakai pisau");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.danger).toBe(true);
    expect(body.intent).toBe("emergency");
    const calls = body.replies[0].actions.filter((a: Action) => a.kind === "call").map((a: Action) => a.value);
    expect(calls).toContain("999");
    expect(calls.some((v: string) => v.startsWith("+852"))).toBe(true);
    expect(body.caseId).toBeUndefined();
  });

  it("opens a case only after she accepts an officer, and only then keeps her messages, encrypted", async () => {
    const session = await start({ country: "SA" });
    const first = (await say(session, "gaji saya 4 bulan belum dibayar majikan")).json();
    expect(first.intent).toBe("wage_issue");
    expect(first.caseId).toBeUndefined();
    const { db } = t.app.platform.storage;
    expect(await db.selectFrom("chat_messages").selectAll().where("session_id", "=", session.id).execute()).toHaveLength(0);

    const accepted = (await say(session, "saya mau bicara dengan petugas")).json();
    expect(accepted.caseId).toMatch(/^CS-/);
    const caseRow = await db.selectFrom("cases").selectAll().where("id", "=", accepted.caseId).executeTakeFirstOrThrow();
    expect(caseRow).toMatchObject({ source: "chat", status: "open", country: "SA" });

    const later = (await say(session, "majikan juga ambil paspor saya")).json();
    expect(later.caseId).toBe(accepted.caseId);
    const rows = await db.selectFrom("chat_messages").selectAll().where("case_id", "=", accepted.caseId).execute();
    expect(rows.some((r) => r.text_enc.includes("paspor"))).toBe(false);
    const messages = await chatStore(db, t.app.platform.cipher, 120).readMessages(accepted.caseId);
    expect(messages.filter((m) => m.sender === "worker").map((m) => m.text)).toEqual([
      "saya mau bicara dengan petugas",
      "majikan juga ambil paspor saya",
    ]);
    expect(messages.map((m) => m.text)).not.toContain("gaji saya 4 bulan belum dibayar majikan");
  });

  it("refuses a missing or wrong token, an unknown session, and empty or long text", async () => {
    const session = await start();
    const noToken = await t.app.inject({
      method: "POST",
      url: `/api/v1/chat/sessions/${session.id}/messages`,
      payload: { text: "halo" },
    });
    expect(noToken.statusCode).toBe(401);
    expect((await say(session, "halo", "WRONG-TOKEN-0000-0000")).statusCode).toBe(401);
    expect((await say({ id: "CH-NOSUCHONE0", token: session.token }, "halo")).statusCode).toBe(404);
    const empty = await say(session, "   ");
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0].path).toBe("text");
    expect((await say(session, "a".repeat(2001))).statusCode).toBe(400);
    expect((await say(session, "a".repeat(20_000))).statusCode).toBe(413);
    const malformed = await t.app.inject({
      method: "POST",
      url: `/api/v1/chat/sessions/${session.id}/messages`,
      headers: { authorization: `Bearer ${session.token}`, "content-type": "application/json" },
      payload: "{text:",
    });
    expect(malformed.statusCode).toBe(400);
  });
});

describe("chat sessions", () => {
  it("expire when idle and keep no message text in their state", async () => {
    const t = await startTestApp("sqlite", { CHAT_SESSION_TTL_MINUTES: "1" });
    try {
      const { id, token } = (
        await t.app.inject({ method: "POST", url: "/api/v1/chat/sessions", payload: { country: "MY" } })
      ).json();
      const said = await t.app.inject({
        method: "POST",
        url: `/api/v1/chat/sessions/${id}/messages`,
        headers: { authorization: `Bearer ${token}` },
        payload: { text: "Siti disuruh kerja tanpa libur" },
      });
      expect(said.statusCode).toBe(200);
      const store = chatStore(t.app.platform.storage.db, t.app.platform.cipher, 1);
      const opened = await store.open(id, token);
      expect(opened.found).toBe(true);
      expect(JSON.stringify(opened.found && opened.state)).not.toContain("Siti");
      const inTwoMinutes = new Date(Date.now() + 2 * 60_000);
      expect((await store.open(id, token, inTwoMinutes)).found).toBe(false);
      expect(await store.deleteExpired(inTwoMinutes)).toBe(1);
      await t.app.close();
      const bytes = ["safetravel.sqlite", "safetravel.sqlite-wal"]
        .map((f) => {
          try {
            return readFileSync(join(t.dataDir, f)).toString("latin1");
          } catch {
            return "";
          }
        })
        .join("");
      expect(bytes).not.toContain("tanpa libur");
    } finally {
      await t.close().catch(() => undefined);
    }
  });

  it("move a session's expiry on a turn once it would move by a minute or more", async () => {
    const t = await startTestApp("sqlite", { CHAT_SESSION_TTL_MINUTES: "10" });
    try {
      const store = chatStore(t.app.platform.storage.db, t.app.platform.cipher, 10);
      const start = new Date("2026-11-23T10:00:00.000Z");
      const { id, token } = await store.create({ language: "id" }, start);
      const expiryAt = async (now: Date) => {
        const session = await store.open(id, token, now);
        if (!session.found) throw new Error("session not found");
        return session.expiresAt;
      };
      const turn = async (now: Date) =>
        store.saveTurn(
          { sessionId: id, state: { language: "id" }, caseId: null, expiresAt: await expiryAt(now), handoff: undefined, workerText: "x", replyTexts: [] },
          now,
        );
      await turn(new Date(start.getTime() + 30_000));
      expect(await expiryAt(start)).toBe("2026-11-23T10:10:00.000Z");
      await turn(new Date(start.getTime() + 90_000));
      expect(await expiryAt(start)).toBe("2026-11-23T10:11:30.000Z");
      expect((await store.open(id, token, new Date("2026-11-23T10:11:29.000Z"))).found).toBe(true);
      expect((await store.open(id, token, new Date("2026-11-23T10:11:30.000Z"))).found).toBe(false);
    } finally {
      await t.close();
    }
  });
});
