import type { Kysely } from "kysely";
import type { FieldCipher } from "../crypto/field-cipher";
import { newId } from "../crypto/tokens";
import type { Database } from "../db/schema";
import type { AlertInput } from "../schemas/alert";

export interface AlertReceipt {
  id: string;
  caseId: string;
  receivedAt: string;
  /** true when this alert had already arrived (a retry from the device's queue). */
  duplicate: boolean;
}

/**
 * Panic-button alerts. Each opens an urgent case for the officers' console; location, text and
 * photo are encrypted. An alert is never refused for a registration id the server does not know.
 */
export function alertStore(db: Kysely<Database>, cipher: FieldCipher) {
  async function byClientId(clientId: string): Promise<AlertReceipt | undefined> {
    const row = await db
      .selectFrom("alerts")
      .select(["id", "case_id", "received_at"])
      .where("client_id", "=", clientId)
      .executeTakeFirst();
    return row && { id: row.id, caseId: row.case_id, receivedAt: row.received_at, duplicate: true };
  }

  return {
    async receive(input: AlertInput): Promise<AlertReceipt> {
      const earlier = await byClientId(input.clientId);
      if (earlier) return earlier;
      const id = newId("AL");
      const caseId = newId("CS");
      const now = new Date().toISOString();
      const seal = (value: unknown, column: string) =>
        value === undefined ? null : cipher.encrypt(JSON.stringify(value), `alerts.${column}:${id}`);
      try {
        await db.transaction().execute(async (tx) => {
          const registration = input.registrationId
            ? await tx.selectFrom("registrations").select("id").where("id", "=", input.registrationId).executeTakeFirst()
            : undefined;
          await tx
            .insertInto("cases")
            .values({
              id: caseId,
              source: "alert",
              status: "open",
              danger: 1,
              priority: 1,
              reason: "emergency",
              country: input.country ?? null,
              registration_id: registration?.id ?? null,
              created_at: now,
              updated_at: now,
            })
            .execute();
          await tx
            .insertInto("alerts")
            .values({
              id,
              case_id: caseId,
              client_id: input.clientId,
              country: input.country ?? null,
              registration_id: registration?.id ?? null,
              location_enc: seal(input.location, "location_enc"),
              text_enc: seal(input.text || undefined, "text_enc"),
              photo_enc: seal(input.photo, "photo_enc"),
              language: input.language ?? "id",
              pressed_at: input.pressedAt ?? now,
              received_at: now,
            })
            .execute();
        });
      } catch (error) {
        // Two copies of one alert raced: the other one is stored.
        const stored = await byClientId(input.clientId);
        if (stored) return stored;
        throw error;
      }
      return { id, caseId, receivedAt: now, duplicate: false };
    },

    /** The whole alert, decrypted, for the officer who handles its case. */
    async read(id: string) {
      const row = await db.selectFrom("alerts").selectAll().where("id", "=", id).executeTakeFirst();
      if (!row) return undefined;
      const open = (value: string | null, column: string) =>
        value === null ? undefined : JSON.parse(cipher.decrypt(value, `alerts.${column}:${id}`));
      return {
        id: row.id,
        caseId: row.case_id,
        country: row.country,
        registrationId: row.registration_id,
        location: open(row.location_enc, "location_enc") as AlertInput["location"],
        text: open(row.text_enc, "text_enc") as string | undefined,
        photo: open(row.photo_enc, "photo_enc") as string | undefined,
        language: row.language,
        pressedAt: row.pressed_at,
        receivedAt: row.received_at,
      };
    },
  };
}

export type AlertStore = ReturnType<typeof alertStore>;
