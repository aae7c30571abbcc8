import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";

/**
 * Versioned migrations, the same for SQLite and PostgreSQL. Add a new entry for every change;
 * never edit one that has shipped.
 */
function migrations(dialect: "sqlite" | "postgres"): Record<string, Migration> {
  return {
    "0001_registrations_cases_alerts": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("registrations")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("secret_hash", "text", (c) => c.notNull())
          .addColumn("country", "text", (c) => c.notNull())
          .addColumn("sex", "text", (c) => c.notNull())
          .addColumn("data_enc", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("updated_at", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createTable("cases")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("source", "text", (c) => c.notNull())
          .addColumn("status", "text", (c) => c.notNull())
          .addColumn("danger", "integer", (c) => c.notNull())
          .addColumn("priority", "integer", (c) => c.notNull())
          .addColumn("reason", "text", (c) => c.notNull())
          .addColumn("country", "text")
          .addColumn("registration_id", "text")
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("updated_at", "text", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("cases_inbox").on("cases").columns(["status", "priority", "created_at"]).execute();
        await db.schema
          .createTable("alerts")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
          .addColumn("client_id", "text", (c) => c.notNull().unique())
          .addColumn("country", "text")
          .addColumn("registration_id", "text")
          .addColumn("location_enc", "text")
          .addColumn("text_enc", "text")
          .addColumn("photo_enc", "text")
          .addColumn("language", "text", (c) => c.notNull())
          .addColumn("pressed_at", "text", (c) => c.notNull())
          .addColumn("received_at", "text", (c) => c.notNull())
          .execute();
      },
    },
    "0002_chat": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("chat_sessions")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("token_hash", "text", (c) => c.notNull())
          .addColumn("state_enc", "text", (c) => c.notNull())
          .addColumn("case_id", "text")
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("expires_at", "text", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("chat_sessions_expiry").on("chat_sessions").column("expires_at").execute();
        await db.schema
          .createTable("chat_messages")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
          .addColumn("session_id", "text", (c) => c.notNull())
          .addColumn("sender", "text", (c) => c.notNull())
          .addColumn("text_enc", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("position", "integer", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("chat_messages_case").on("chat_messages").columns(["case_id", "created_at"]).execute();
      },
    },
    "0003_juang_sync": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("juang_vaults")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("token_hash", "text", (c) => c.notNull())
          .addColumn("created_at", "text", (c) => c.notNull())
          .addColumn("last_sync_at", "text", (c) => c.notNull())
          .execute();
        await db.schema
          .createTable("juang_changes")
          .addColumn("seq", dialect === "postgres" ? "bigserial" : "integer", (c) =>
            dialect === "postgres" ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn("vault_id", "text", (c) => c.notNull().references("juang_vaults.id").onDelete("cascade"))
          .addColumn("change_id", "text", (c) => c.notNull())
          .addColumn("hlc", "text", (c) => c.notNull())
          .addColumn("payload_enc", "text", (c) => c.notNull())
          .addColumn("received_at", "text", (c) => c.notNull())
          .addUniqueConstraint("juang_changes_once", ["vault_id", "change_id"])
          .execute();
        await db.schema.createIndex("juang_changes_pull").on("juang_changes").columns(["vault_id", "seq"]).execute();
      },
    },
  };
}

/** Brings the database to the newest version; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<unknown>, dialect: "sqlite" | "postgres"): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}
