import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema";

export interface Storage {
  db: Kysely<Database>;
  dialect: "sqlite" | "postgres";
  close(): Promise<void>;
}

/** PostgreSQL when a URL is given, otherwise SQLite (WAL) in `<dataDir>/safetravel.sqlite`. */
export function connect(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
  sqliteSynchronous?: "NORMAL" | "FULL";
}): Storage {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: "postgres", close: () => db.destroy() };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const sqlite = new SQLite(join(options.dataDir, "safetravel.sqlite"));
  sqlite.pragma("journal_mode = WAL");
  // NORMAL (with WAL): a committed write survives a crash of the server process; FULL also survives
  // the machine losing power, at the cost of one disk flush per write.
  sqlite.pragma(`synchronous = ${options.sqliteSynchronous ?? "NORMAL"}`);
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, dialect: "sqlite", close: () => db.destroy() };
}

/**
 * Kysely prepares every statement anew; the server runs the same few dozen statements all day, so
 * keep each prepared statement (about a seventh of a chat turn went to preparing them).
 */
function withStatementCache(sqlite: SQLite.Database, limit = 500) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
    close() {
      cache.clear();
      sqlite.close();
    },
  };
}
