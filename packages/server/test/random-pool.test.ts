import { describe, expect, it } from "vitest";
import { randomPool } from "../src/crypto/random-pool";
import { newId } from "../src/crypto/tokens";

describe("random pool", () => {
  it("hands out every byte once, across refills, and never changes a slice already handed out", () => {
    const take = randomPool(64);
    const slices = Array.from({ length: 50 }, () => take(10));
    const copies = slices.map((s) => Buffer.from(s).toString("hex"));
    take(100); // larger than the pool: a buffer of its own
    expect(slices.map((s) => s.toString("hex"))).toEqual(copies);
    expect(new Set(copies).size).toBe(50);
    expect(slices.every((s) => s.length === 10)).toBe(true);
  });

  it("gives ids that do not repeat", () => {
    const ids = new Set(Array.from({ length: 5000 }, () => newId("MS")));
    expect(ids.size).toBe(5000);
    for (const id of [...ids].slice(0, 20)) expect(id).toMatch(/^MS-[0-9A-HJKMNP-TV-Z]{10}$/);
  });
});
