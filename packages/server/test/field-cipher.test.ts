import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createFieldCipher, parseKey } from "../src/crypto/field-cipher";

describe("field cipher", () => {
  const cipher = createFieldCipher(randomBytes(32));

  it("decrypts what it encrypted, in its own place only", () => {
    const sealed = cipher.encrypt("Siti, paspor A1234567", "registrations.data:LD-1");
    expect(sealed).not.toContain("Siti");
    expect(cipher.decrypt(sealed, "registrations.data:LD-1")).toBe("Siti, paspor A1234567");
    expect(() => cipher.decrypt(sealed, "registrations.data:LD-2")).toThrow();
  });

  it("refuses a tampered ciphertext and another key's ciphertext", () => {
    const sealed = cipher.encrypt("gaji belum dibayar", "x");
    const raw = Buffer.from(sealed.slice(3), "base64");
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => cipher.decrypt(`v1:${raw.toString("base64")}`, "x")).toThrow();
    expect(() => createFieldCipher(randomBytes(32)).decrypt(sealed, "x")).toThrow();
    expect(() => cipher.decrypt("v0:abc", "x")).toThrow("Unknown ciphertext format");
  });

  it("never reuses an IV, across refills of its random pool", () => {
    const ivs = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const sealed = cipher.encrypt("same text", "same place");
      ivs.add(Buffer.from(sealed.slice(3), "base64").subarray(0, 12).toString("hex"));
      expect(cipher.decrypt(sealed, "same place")).toBe("same text");
    }
    expect(ivs.size).toBe(2000);
  });

  it("takes a key as 64 hex digits or base64 of 32 bytes, and nothing else", () => {
    const key = randomBytes(32);
    expect(parseKey(key.toString("hex")).equals(key)).toBe(true);
    expect(parseKey(key.toString("base64")).equals(key)).toBe(true);
    expect(() => parseKey("too-short")).toThrow("32 bytes");
    expect(() => createFieldCipher(randomBytes(16))).toThrow("32 bytes");
  });
});
