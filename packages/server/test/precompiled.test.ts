import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "../src/db/connect";
import { migrateToLatest } from "../src/db/migrations";
import { precompiled } from "../src/db/precompiled";

describe("precompiled queries (real SQLite file)", () => {
  const dir = mkdtempSync(join(tmpdir(), "st-precompiled-"));
  const storage = connect({ dataDir: dir });
  afterAll(async () => {
    await storage.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("puts each call's values where Kysely put the parameters, in any order", async () => {
    await migrateToLatest(storage.db as never, "sqlite");
    const { db } = storage;
    for (const id of ["CH-A", "CH-B"]) {
      await db
        .insertInto("chat_sessions")
        .values({ id, token_hash: `h-${id}`, state_enc: "s0", case_id: null, created_at: "2026-01-01", expires_at: "2030-01-01" })
        .execute();
    }
    // The arguments are declared in another order than the SQL uses them.
    const update = precompiled(
      (expiresAt: string, id: string, stateEnc: string) =>
        db.updateTable("chat_sessions").set({ state_enc: stateEnc, expires_at: expiresAt }).where("id", "=", id),
      3,
    );
    const select = precompiled((id: string) => db.selectFrom("chat_sessions").select(["state_enc", "expires_at"]).where("id", "=", id), 1);
    await update(db, "2031-05-05", "CH-B", "s1");
    expect(await select(db, "CH-B")).toEqual([{ state_enc: "s1", expires_at: "2031-05-05" }]);
    expect(await select(db, "CH-A")).toEqual([{ state_enc: "s0", expires_at: "2030-01-01" }]);
    expect(await select(db, "CH-none")).toEqual([]);
  });

  it("refuses a query that does not use every argument once", () => {
    expect(() => precompiled((_unused: string) => storage.db.selectFrom("chat_sessions").select("id"), 1)).toThrow(
      "every argument must be a query parameter",
    );
  });
});
