import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { buildApp } from "../src/app";
import { type Config, loadConfig } from "../src/config";

export const TEST_KEY = Buffer.alloc(32, 7).toString("base64");

/** The storage backends the tests run on: SQLite always, PostgreSQL when the test setup started one. */
export const BACKENDS: ("sqlite" | "postgres")[] = process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];

/** A fresh, empty PostgreSQL database on the test server. */
export async function freshPostgresDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  const name = `t_${Math.random().toString(36).slice(2, 12)}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  dataDir: string;
  close(): Promise<void>;
}

/** A real app on a real database in a temporary folder. */
export async function startTestApp(
  backend: "sqlite" | "postgres" = "sqlite",
  env: Record<string, string> = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), "st-test-"));
  const databaseUrl = backend === "postgres" ? await freshPostgresDatabase() : undefined;
  const config = loadConfig({
    DATA_DIR: dataDir,
    DATA_KEY: TEST_KEY,
    LOG_LEVEL: "silent",
    WEB_ROOT: join(dataDir, "no-web"),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...env,
  });
  const app = await buildApp(config);
  return {
    app,
    config,
    dataDir,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function validRegistration(overrides: Record<string, unknown> = {}) {
  return {
    fullName: "Siti Rahayu",
    passportNumber: "C1234567",
    birthDate: "1994-03-17",
    sex: "female",
    phone: "+852 9123 4567",
    whatsapp: "+852 9123 4567",
    country: "HK",
    city: "Hong Kong",
    addressAbroad: "Flat 12B, 88 Nathan Road, Tsim Sha Tsui",
    employerName: "Chan Tai Man",
    employerContact: "+852 9876 5432",
    job: "Pekerja rumah tangga",
    agency: "PT Maju Jaya",
    arrivalDate: "2025-02-01",
    contractEnd: "2027-01-31",
    emergencyContact: { name: "Sri Wahyuni", relation: "Ibu", phone: "+62 812 3456 7890" },
    ...overrides,
  };
}
