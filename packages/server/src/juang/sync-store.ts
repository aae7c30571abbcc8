import type { Kysely } from "kysely";
import type { FieldCipher } from "../crypto/field-cipher";
import { hashSecret, newId, newSecret, secretMatches } from "../crypto/tokens";
import type { Database } from "../db/schema";

export interface IncomingChange {
  id: string;
  hlc: string;
  payload: string;
}

export interface StoredChange extends IncomingChange {
  seq: number;
}

/** The most changes one pull returns; the app loops while `more`. */
export const PAGE_SIZE = 500;

/**
 * Juang sync: a vault is the space her devices share. Pushing is idempotent (a change id is stored
 * once per vault), pulling returns changes in arrival order after a cursor.
 */
export function syncStore(db: Kysely<Database>, cipher: FieldCipher) {
  const context = (vaultId: string, changeId: string) => `juang_changes.payload_enc:${vaultId}/${changeId}`;

  return {
    async createVault(): Promise<{ id: string; token: string }> {
      const id = newId("JV");
      const token = newSecret();
      const now = new Date().toISOString();
      await db.insertInto("juang_vaults").values({ id, token_hash: hashSecret(token), created_at: now, last_sync_at: now }).execute();
      return { id, token };
    },

    async check(id: string, token: string): Promise<"ok" | "not_found" | "wrong_token"> {
      const row = await db.selectFrom("juang_vaults").select("token_hash").where("id", "=", id).executeTakeFirst();
      if (!row) return "not_found";
      return secretMatches(token, row.token_hash) ? "ok" : "wrong_token";
    },

    async push(vaultId: string, changes: IncomingChange[]): Promise<{ accepted: number; duplicates: number; cursor: number }> {
      const now = new Date().toISOString();
      return db.transaction().execute(async (tx) => {
        let accepted = 0;
        for (const change of changes) {
          const result = await tx
            .insertInto("juang_changes")
            .values({
              vault_id: vaultId,
              change_id: change.id,
              hlc: change.hlc,
              payload_enc: cipher.encrypt(change.payload, context(vaultId, change.id)),
              received_at: now,
            })
            .onConflict((oc) => oc.columns(["vault_id", "change_id"]).doNothing())
            .executeTakeFirst();
          accepted += Number(result.numInsertedOrUpdatedRows ?? 0);
        }
        await tx.updateTable("juang_vaults").set({ last_sync_at: now }).where("id", "=", vaultId).execute();
        const last = await tx
          .selectFrom("juang_changes")
          .select((eb) => eb.fn.max("seq").as("seq"))
          .where("vault_id", "=", vaultId)
          .executeTakeFirst();
        return { accepted, duplicates: changes.length - accepted, cursor: Number(last?.seq ?? 0) };
      });
    },

    async pull(vaultId: string, since: number): Promise<{ changes: StoredChange[]; cursor: number; more: boolean }> {
      const rows = await db
        .selectFrom("juang_changes")
        .select(["seq", "change_id", "hlc", "payload_enc"])
        .where("vault_id", "=", vaultId)
        .where("seq", ">", since)
        .orderBy("seq")
        .limit(PAGE_SIZE + 1)
        .execute();
      const page = rows.slice(0, PAGE_SIZE);
      return {
        changes: page.map((r) => ({
          id: r.change_id,
          hlc: r.hlc,
          payload: cipher.decrypt(r.payload_enc, context(vaultId, r.change_id)),
          seq: Number(r.seq),
        })),
        cursor: page.length ? Number(page[page.length - 1]!.seq) : since,
        more: rows.length > PAGE_SIZE,
      };
    },
  };
}

export type SyncStore = ReturnType<typeof syncStore>;
