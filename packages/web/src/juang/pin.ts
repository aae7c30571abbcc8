/** PIN lock: only a PBKDF2-SHA-256 hash of the PIN with a random salt is kept on the device. */
import { fromBase64, toBase64 } from "./sync/crypto";

export interface PinHash {
  readonly salt: string;
  readonly hash: string;
  readonly iterations: number;
}

export const PIN_ITERATIONS = 150_000;
/** Lock again after this long in the background. */
export const LOCK_AFTER_MS = 5 * 60 * 1000;

export const isPinFormat = (pin: string): boolean => /^\d{4,8}$/.test(pin);

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const base = await crypto.subtle.importKey("raw", new TextEncoder().encode(pin), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: salt as Uint8Array<ArrayBuffer>, iterations }, base, 256);
  return toBase64(new Uint8Array(bits));
}

export async function hashPin(pin: string, iterations = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: toBase64(salt), hash: await derive(pin, salt, iterations), iterations };
}

export async function verifyPin(pin: string, h: PinHash): Promise<boolean> {
  const got = await derive(pin, fromBase64(h.salt), h.iterations);
  if (got.length !== h.hash.length) return false;
  let diff = 0;
  for (let i = 0; i < got.length; i++) diff |= got.charCodeAt(i) ^ h.hash.charCodeAt(i);
  return diff === 0;
}

/** Should the area lock when she comes back after `hiddenAt` (ms)? */
export const shouldRelock = (hiddenAt: number | undefined, now: number): boolean =>
  hiddenAt !== undefined && now - hiddenAt >= LOCK_AFTER_MS;
