import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const here = fileURLToPath(new URL(".", import.meta.url));
/** Where `npm run build -w @safetravel/web` writes the worker app. */
export const DEFAULT_WEB_ROOT = resolve(here, "../../web/dist");

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z.string().url().optional(),
  DATA_KEY: z.string().optional(),
  WEB_ROOT: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  WRITE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
  SQLITE_SYNCHRONOUS: z.enum(["NORMAL", "FULL"]).default("NORMAL"),
  CHAT_SESSION_TTL_MINUTES: z.coerce.number().int().positive().default(120),
});

export interface Config {
  port: number;
  host: string;
  /** Folder for the SQLite file and the generated data key. */
  dataDir: string;
  /** PostgreSQL when set; SQLite in dataDir otherwise. */
  databaseUrl: string | undefined;
  /** DATA_KEY as given (base64 or hex of 32 bytes); generated into dataDir when unset. */
  dataKey: string | undefined;
  /** Built web app to serve at /; nothing is served there when the folder is missing. */
  webRoot: string;
  logLevel: string;
  /** Requests a minute one address may make to the API (writes have their own, lower limits). */
  rateLimitPerMinute: number;
  trustProxy: boolean;
  /** SQLite's flush rule: NORMAL survives a process crash, FULL also a power loss. */
  sqliteSynchronous: "NORMAL" | "FULL";
  /** Registrations, alerts and new conversations a minute per address. */
  writeRateLimitPerMinute: number;
  /** A conversation idle this long ends, and its state is deleted. */
  chatSessionTtlMinutes: number;
  /** Where logs go (tests read them); standard output when unset. */
  logStream?: NodeJS.WritableStream;
}

/** Reads the configuration from the environment; a bad value throws naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    dataKey: e.DATA_KEY,
    webRoot: e.WEB_ROOT ? resolve(e.WEB_ROOT) : DEFAULT_WEB_ROOT,
    logLevel: e.LOG_LEVEL,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY === "true",
    sqliteSynchronous: e.SQLITE_SYNCHRONOUS,
    writeRateLimitPerMinute: e.WRITE_RATE_LIMIT_PER_MINUTE,
    chatSessionTtlMinutes: e.CHAT_SESSION_TTL_MINUTES,
  };
}
