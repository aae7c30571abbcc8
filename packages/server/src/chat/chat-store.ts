import type { Kysely } from "kysely";
import { casePriority } from "../cases/priority";
import type { FieldCipher } from "../crypto/field-cipher";
import { hashSecret, newId, newSecret, secretMatches } from "../crypto/tokens";
import { precompiled } from "../db/precompiled";
import type { Database } from "../db/schema";

export interface Handoff {
  reason: string;
  danger: boolean;
  country?: string | undefined;
}

export interface TurnRecord {
  sessionId: string;
  state: unknown;
  caseId: string | null;
  /** The session's stored expiry, as read by open(); absent: always move it. */
  expiresAt?: string;
  handoff: Handoff | undefined;
  workerText: string;
  replyTexts: string[];
}

/** How far the expiry must move before a turn writes it. */
const EXPIRY_STEP_MS = 60_000;

type SessionLookup =
  | { found: false; reason: "not_found" | "wrong_token" }
  | { found: true; state: unknown; caseId: string | null; expiresAt: string };

/**
 * Chat sessions and, for conversations that opened a case, their messages. The state is encrypted
 * and holds no message text; messages are kept (encrypted) only once she has accepted an officer.
 */
export function chatStore(db: Kysely<Database>, cipher: FieldCipher, ttlMinutes: number) {
  const stateContext = (id: string) => `chat_sessions.state_enc:${id}`;
  const expiry = (now: Date) => new Date(now.getTime() + ttlMinutes * 60_000).toISOString();
  // The two statements of every turn, compiled once.
  const selectSession = precompiled(
    (id: string) => db.selectFrom("chat_sessions").select(["token_hash", "state_enc", "case_id", "expires_at"]).where("id", "=", id),
    1,
  );
  const insertMessage = precompiled(
    (id: string, caseId: string, sessionId: string, sender: string, textEnc: string, createdAt: string, position: number) =>
      db.insertInto("chat_messages").values({ id, case_id: caseId, session_id: sessionId, sender, text_enc: textEnc, created_at: createdAt, position }),
    7,
  );
  // Without the expiry: moving it rewrites an index page, which doubled the cost of a turn's commit.
  const updateSessionState = precompiled(
    (id: string, stateEnc: string, caseId: string | null) => db.updateTable("chat_sessions").set({ state_enc: stateEnc, case_id: caseId }).where("id", "=", id),
    3,
  );
  const updateSession = precompiled(
    (id: string, stateEnc: string, caseId: string | null, expiresAt: string) =>
      db.updateTable("chat_sessions").set({ state_enc: stateEnc, case_id: caseId, expires_at: expiresAt }).where("id", "=", id),
    4,
  );

  return {
    async create(state: unknown, now = new Date()): Promise<{ id: string; token: string }> {
      const id = newId("CH");
      const token = newSecret();
      await db
        .insertInto("chat_sessions")
        .values({
          id,
          token_hash: hashSecret(token),
          state_enc: cipher.encrypt(JSON.stringify(state), stateContext(id)),
          case_id: null,
          created_at: now.toISOString(),
          expires_at: expiry(now),
        })
        .execute();
      return { id, token };
    },

    async open(id: string, token: string, now = new Date()): Promise<SessionLookup> {
      const [row] = await selectSession(db, id);
      if (!row || row.expires_at <= now.toISOString()) return { found: false, reason: "not_found" };
      if (!secretMatches(token, row.token_hash)) return { found: false, reason: "wrong_token" };
      return {
        found: true,
        state: JSON.parse(cipher.decrypt(row.state_enc, stateContext(id))),
        caseId: row.case_id,
        expiresAt: row.expires_at,
      };
    },

    /** Saves one turn; opens the case when she has just accepted an officer. Returns the case id. */
    async saveTurn(turn: TurnRecord, now = new Date()): Promise<string | null> {
      const at = now.toISOString();
      const nextExpiry = expiry(now);
      // The expiry moves at most once a minute (so a session may end up to a minute early).
      const expiryStale = !turn.expiresAt || Date.parse(nextExpiry) - Date.parse(turn.expiresAt) >= EXPIRY_STEP_MS;
      const saveSession = (executor: Kysely<Database>, caseId: string | null) => {
        const stateEnc = cipher.encrypt(JSON.stringify(turn.state), stateContext(turn.sessionId));
        return expiryStale
          ? updateSession(executor, turn.sessionId, stateEnc, caseId, nextExpiry)
          : updateSessionState(executor, turn.sessionId, stateEnc, caseId);
      };
      // Most turns open no case and keep no text: one statement, no transaction.
      if (!turn.handoff && !turn.caseId) {
        await saveSession(db, null);
        return null;
      }
      return db.transaction().execute(async (tx) => {
        let caseId = turn.caseId;
        if (turn.handoff && !caseId) {
          caseId = newId("CS");
          await tx
            .insertInto("cases")
            .values({
              id: caseId,
              source: "chat",
              status: "open",
              danger: turn.handoff.danger ? 1 : 0,
              priority: casePriority(turn.handoff.reason, turn.handoff.danger),
              reason: turn.handoff.reason,
              country: turn.handoff.country ?? null,
              registration_id: null,
              created_at: at,
              updated_at: at,
            })
            .execute();
        } else if (turn.handoff && caseId) {
          const priority = casePriority(turn.handoff.reason, turn.handoff.danger);
          const current = await tx.selectFrom("cases").select(["priority", "danger"]).where("id", "=", caseId).executeTakeFirst();
          await tx
            .updateTable("cases")
            .set({
              updated_at: at,
              status: "open",
              ...(current && priority < current.priority ? { priority, reason: turn.handoff.reason } : {}),
              ...(turn.handoff.danger ? { danger: 1 } : {}),
            })
            .where("id", "=", caseId)
            .execute();
        }
        if (caseId) {
          const texts = [
            { sender: "worker", text: turn.workerText },
            ...turn.replyTexts.map((text) => ({ sender: "assistant", text })),
          ];
          for (const [position, m] of texts.entries()) {
            const id = newId("MS");
            const textEnc = cipher.encrypt(m.text, `chat_messages.text_enc:${id}`);
            await insertMessage(tx, id, caseId, turn.sessionId, m.sender, textEnc, at, position);
          }
        }
        await saveSession(tx, caseId);
        return caseId;
      });
    },

    /** Deletes sessions idle past their expiry; their cases and kept messages stay for the officers. */
    async deleteExpired(now = new Date()): Promise<number> {
      const result = await db.deleteFrom("chat_sessions").where("expires_at", "<=", now.toISOString()).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async readMessages(caseId: string) {
      const rows = await db
        .selectFrom("chat_messages")
        .selectAll()
        .where("case_id", "=", caseId)
        .orderBy("created_at")
        .orderBy("position")
        .execute();
      return rows.map((r) => ({
        sender: r.sender,
        text: cipher.decrypt(r.text_enc, `chat_messages.text_enc:${r.id}`),
        createdAt: r.created_at,
      }));
    },
  };
}

export type ChatStore = ReturnType<typeof chatStore>;
