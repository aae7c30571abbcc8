import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, startTestApp, type TestApp } from "./helpers";

describe.each(BACKENDS)("Juang sync on %s", (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend);
  });
  afterAll(() => t.close());

  async function vault() {
    const response = await t.app.inject({ method: "POST", url: "/api/v1/juang/vaults" });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; token: string };
  }
  const push = (v: { id: string; token: string }, changes: object[]) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/juang/vaults/${v.id}/changes`,
      headers: { authorization: `Bearer ${v.token}` },
      payload: { changes },
    });
  const pull = (v: { id: string; token: string }, since = 0) =>
    t.app.inject({
      method: "GET",
      url: `/api/v1/juang/vaults/${v.id}/changes?since=${since}`,
      headers: { authorization: `Bearer ${v.token}` },
    });
  const change = (n: number) => ({ id: `tx/${n}/amount/0001:${n}`, hlc: `0001:${n}`, payload: `sealed-${n}` });

  it("stores pushed changes once and returns them in arrival order after a cursor", async () => {
    const v = await vault();
    const first = (await push(v, [change(1), change(2)])).json();
    expect(first).toMatchObject({ accepted: 2, duplicates: 0 });
    // The same push again, as after a dropped connection: nothing changes.
    const again = (await push(v, [change(1), change(2)])).json();
    expect(again).toEqual({ accepted: 0, duplicates: 2, cursor: first.cursor });
    await push(v, [change(3)]);

    const all = (await pull(v)).json();
    expect(all.changes.map((c: { id: string }) => c.id)).toEqual([change(1).id, change(2).id, change(3).id]);
    expect(all.changes[0].payload).toBe("sealed-1");
    expect(all.more).toBe(false);
    const after = (await pull(v, all.changes[1].seq)).json();
    expect(after.changes.map((c: { id: string }) => c.id)).toEqual([change(3).id]);
    expect(after.cursor).toBe(all.cursor);
  });

  it("pages a long history", async () => {
    const v = await vault();
    const many = Array.from({ length: 500 }, (_, i) => change(i));
    expect((await push(v, many)).json().accepted).toBe(500);
    expect((await push(v, [change(500), change(501)])).json().accepted).toBe(2);
    const page1 = (await pull(v)).json();
    expect(page1.changes).toHaveLength(500);
    expect(page1.more).toBe(true);
    const page2 = (await pull(v, page1.cursor)).json();
    expect(page2.changes.map((c: { id: string }) => c.id)).toEqual([change(500).id, change(501).id]);
    expect(page2.more).toBe(false);
  });

  it("keeps vaults apart and refuses a wrong token or unknown vault", async () => {
    const a = await vault();
    const b = await vault();
    await push(a, [change(1)]);
    expect((await pull(b)).json().changes).toHaveLength(0);
    expect((await push({ id: a.id, token: b.token }, [change(9)])).statusCode).toBe(403);
    expect((await pull({ id: "JV-NOSUCHONE0", token: a.token })).statusCode).toBe(404);
    const noToken = await t.app.inject({ method: "GET", url: `/api/v1/juang/vaults/${a.id}/changes` });
    expect(noToken.statusCode).toBe(401);
  });

  it("stores payloads encrypted and refuses bad pushes", async () => {
    const v = await vault();
    await push(v, [{ id: "c1", hlc: "h", payload: "gaji HKD 5100" }]);
    const row = await t.app.platform.storage.db
      .selectFrom("juang_changes")
      .select("payload_enc")
      .where("vault_id", "=", v.id)
      .executeTakeFirstOrThrow();
    expect(row.payload_enc).not.toContain("5100");
    const tooMany = await push(v, Array.from({ length: 501 }, (_, i) => change(i)));
    expect(tooMany.statusCode).toBe(400);
    const bad = await push(v, [{ id: "", hlc: "h", payload: "x" }]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe("changes.0.id");
  });
});
