/**
 * End-to-end encryption of sync payloads (WebCrypto; works in the browser and in Node ≥ 20).
 * Key: PBKDF2-SHA-256 (210,000 iterations) of the pairing token, salted with the vault id → AES-GCM
 * 256. Payload: base64(12-byte random IV ‖ ciphertext of the change's JSON). The change id sent
 * to the server is a SHA-256 of the vault id and `${table}/${recordId}/${field}/${hlc}`, so the
 * server sees neither her record ids nor the names of her tables and fields.
 */
import type { Change } from "@safetravel/juang";
import { type Codec, changeKey, type WireChange } from "./protocol";

const enc = new TextEncoder();
const dec = new TextDecoder();
export const SYNC_KDF_ITERATIONS = 210_000;

export function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function toHex(buf: ArrayBuffer): string {
  return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export async function deriveSyncKey(token: string, vaultId: string, iterations = SYNC_KDF_ITERATIONS): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey("raw", enc.encode(token), "PBKDF2", false, ["deriveKey"]);
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt: enc.encode(`juang-sync:${vaultId}`), iterations },
    base,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

export async function changeId(vaultId: string, c: Change): Promise<string> {
  return toHex(await crypto.subtle.digest("SHA-256", enc.encode(`${vaultId}\n${changeKey(c)}`)));
}

export function createCodec(key: CryptoKey, vaultId: string): Codec {
  return {
    async encode(c) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const ct = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, enc.encode(JSON.stringify(c))));
      const out = new Uint8Array(iv.length + ct.length);
      out.set(iv);
      out.set(ct, iv.length);
      return { id: await changeId(vaultId, c), hlc: c.hlc, payload: toBase64(out) };
    },
    async decode(w: WireChange) {
      const bytes = fromBase64(w.payload);
      const pt = await crypto.subtle.decrypt({ name: "AES-GCM", iv: bytes.slice(0, 12) }, key, bytes.slice(12));
      const c = JSON.parse(dec.decode(pt)) as Change;
      if (typeof c?.table !== "string" || typeof c.id !== "string" || typeof c.field !== "string" || typeof c.hlc !== "string") {
        throw new TypeError("Not a change");
      }
      return c;
    },
  };
}

/** A pairing code shows the vault id and token together: "<id>.<token>". */
export function pairingCode(vaultId: string, token: string): string {
  return `${vaultId}.${token}`;
}

export function parsePairingCode(code: string): { vaultId: string; token: string } | undefined {
  const t = code.replace(/\s+/g, "");
  const i = t.indexOf(".");
  if (i <= 0 || i === t.length - 1) return undefined;
  return { vaultId: t.slice(0, i), token: t.slice(i + 1) };
}
