import pg from "pg";
import { describe, expect, it } from "vitest";

describe.skipIf(!process.env.TEST_DATABASE_URL)("throwaway PostgreSQL", () => {
  it("answers a query", async () => {
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    const result = await client.query("select 1 + 1 as two");
    await client.end();
    expect(result.rows[0].two).toBe(2);
  });
});
