import type { Kysely } from "kysely";
import type { FieldCipher } from "../crypto/field-cipher";
import { hashSecret, newId, newSecret, secretMatches } from "../crypto/tokens";
import type { Database } from "../db/schema";
import type { RegistrationInput } from "../schemas/registration";

export interface StoredRegistration extends RegistrationInput {
  id: string;
  createdAt: string;
  updatedAt: string;
}

type Lookup = { found: false; reason: "not_found" | "wrong_secret" } | { found: true; record: StoredRegistration };

/** Lapor diri records: everything but country and sex is encrypted at rest. */
export function registrationStore(db: Kysely<Database>, cipher: FieldCipher) {
  const context = (id: string) => `registrations.data_enc:${id}`;

  async function find(id: string, secret: string): Promise<Lookup> {
    const row = await db.selectFrom("registrations").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return { found: false, reason: "not_found" };
    if (!secretMatches(secret, row.secret_hash)) return { found: false, reason: "wrong_secret" };
    const data = JSON.parse(cipher.decrypt(row.data_enc, context(id))) as RegistrationInput;
    return { found: true, record: { ...data, id, createdAt: row.created_at, updatedAt: row.updated_at } };
  }

  return {
    async create(input: RegistrationInput): Promise<{ id: string; secret: string; createdAt: string }> {
      const id = newId("LD");
      const secret = newSecret();
      const now = new Date().toISOString();
      await db
        .insertInto("registrations")
        .values({
          id,
          secret_hash: hashSecret(secret),
          country: input.country,
          sex: input.sex,
          data_enc: cipher.encrypt(JSON.stringify(input), context(id)),
          created_at: now,
          updated_at: now,
        })
        .execute();
      return { id, secret, createdAt: now };
    },

    find,

    async replace(id: string, input: RegistrationInput): Promise<string> {
      const now = new Date().toISOString();
      await db
        .updateTable("registrations")
        .set({
          country: input.country,
          sex: input.sex,
          data_enc: cipher.encrypt(JSON.stringify(input), context(id)),
          updated_at: now,
        })
        .where("id", "=", id)
        .execute();
      return now;
    },

    async remove(id: string): Promise<void> {
      await db.deleteFrom("registrations").where("id", "=", id).execute();
    },

    async exists(id: string): Promise<boolean> {
      const row = await db.selectFrom("registrations").select("id").where("id", "=", id).executeTakeFirst();
      return row !== undefined;
    },
  };
}

export type RegistrationStore = ReturnType<typeof registrationStore>;
