/**
 * Vitest global setup: gives the storage tests a PostgreSQL server in TEST_DATABASE_URL.
 * An address already in the environment is used as it is; otherwise a throwaway server is started
 * when PostgreSQL is installed (`.ci/run` installs it). Without one the PostgreSQL tests are skipped
 * and say so.
 */
import { startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres";

let server: ThrowawayPostgres | null = null;

export async function setup() {
  if (process.env.TEST_DATABASE_URL) return;
  server = await startThrowawayPostgres();
  if (server) process.env.TEST_DATABASE_URL = server.url;
  else console.warn("PostgreSQL is not installed: the PostgreSQL storage tests are skipped.");
}

export async function teardown() {
  server?.stop();
}
