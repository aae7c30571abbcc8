import { createCipheriv, createDecipheriv, createSecretKey, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { randomPool } from "./random-pool";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts sensitive columns with AES-256-GCM. Each value is bound to where it lives
 * (`context`, e.g. "registrations.data:<id>") so a ciphertext copied to another row does not decrypt.
 */
export interface FieldCipher {
  encrypt(plaintext: string, context: string): string;
  decrypt(ciphertext: string, context: string): string;
}

export function createFieldCipher(keyBytes: Buffer): FieldCipher {
  if (keyBytes.length !== 32) throw new Error("The data key must be 32 bytes");
  const key = createSecretKey(keyBytes);
  const random = randomPool();
  return {
    encrypt(plaintext, context) {
      const iv = random(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(Buffer.from(context, "utf8"));
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64")}`;
    },
    decrypt(ciphertext, context) {
      const [version, payload] = ciphertext.split(":", 2);
      if (version !== VERSION || !payload) throw new Error("Unknown ciphertext format");
      const raw = Buffer.from(payload, "base64");
      const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(context, "utf8"));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
    },
  };
}

/** DATA_KEY as 64 hex digits or base64 of 32 bytes. */
export function parseKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  if (key.length !== 32) throw new Error("DATA_KEY must be 32 bytes, as 64 hex digits or base64");
  return key;
}

/**
 * The key from DATA_KEY, or, for a local start, one generated once into `<dataDir>/data.key`
 * readable by the owner only. The key never enters the database.
 */
export function resolveDataKey(dataKey: string | undefined, dataDir: string): Buffer {
  if (dataKey) return parseKey(dataKey);
  const file = join(dataDir, "data.key");
  if (existsSync(file)) return parseKey(readFileSync(file, "utf8"));
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return key;
}
