import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { randomPool } from "./random-pool";

const randomIdBytes = randomPool();

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand is not mistaken.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function base32(bytes: Buffer, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i]! % 32];
  return out;
}

/** An id a worker can copy by hand: "LD-7K3M9Q2XHP" (50 random bits). */
export function newId(prefix: string): string {
  return `${prefix}-${base32(randomIdBytes(10), 10)}`;
}

/** A secret in four groups, "7K3M-9Q2X-HPZ4-W8RT" (80 random bits). */
export function newSecret(): string {
  return base32(randomBytes(16), 16).replace(/(.{4})(?=.)/g, "$1-");
}

/** Case, dashes and spaces do not matter when she types her secret back. */
function canonical(secret: string): string {
  return secret.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(canonical(secret)).digest("hex");
}

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token of `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S.*)$/i);
  return match?.[1]?.trim();
}
