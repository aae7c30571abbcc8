import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alertStore } from "../src/alerts/alert-store";
import { BACKENDS, startTestApp, type TestApp, validRegistration } from "./helpers";

const PHOTO = `data:image/jpeg;base64,${Buffer.from("not really a jpeg but base64").toString("base64")}`;

describe.each(BACKENDS)("panic alerts on %s", (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend);
  });
  afterAll(() => t.close());

  const send = (payload: object) => t.app.inject({ method: "POST", url: "/api/v1/alerts", payload });

  it("stores an alert as an urgent open case, encrypted", async () => {
    const { id: registrationId } = (
      await t.app.inject({ method: "POST", url: "/api/v1/registrations", payload: validRegistration() })
    ).json();
    const clientId = randomUUID();
    const response = await send({
      clientId,
      country: "hk",
      location: { lat: 22.3193, lon: 114.1694, accuracy: 30 },
      registrationId,
      text: "Majikan mengunci saya di kamar",
      photo: PHOTO,
      pressedAt: "2026-11-23T10:00:00+08:00",
    });
    expect(response.statusCode).toBe(201);
    const receipt = response.json();
    expect(receipt.duplicate).toBe(false);

    const { db } = t.app.platform.storage;
    const caseRow = await db.selectFrom("cases").selectAll().where("id", "=", receipt.caseId).executeTakeFirstOrThrow();
    expect(caseRow).toMatchObject({ source: "alert", status: "open", danger: 1, priority: 1, country: "HK", registration_id: registrationId });
    const raw = await db.selectFrom("alerts").selectAll().where("id", "=", receipt.id).executeTakeFirstOrThrow();
    expect(raw.text_enc).not.toContain("Majikan");
    expect(raw.location_enc).not.toContain("22.3193");

    const opened = await alertStore(db, t.app.platform.cipher).read(receipt.id);
    expect(opened).toMatchObject({
      text: "Majikan mengunci saya di kamar",
      location: { lat: 22.3193, lon: 114.1694, accuracy: 30 },
      photo: PHOTO,
      registrationId,
    });
  });

  it("stores an alert retried from the offline queue once", async () => {
    const clientId = randomUUID();
    const first = await send({ clientId, country: "SG" });
    const second = await send({ clientId, country: "SG" });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual({ ...first.json(), duplicate: true });
    const { db } = t.app.platform.storage;
    const rows = await db.selectFrom("alerts").select("id").where("client_id", "=", clientId).execute();
    expect(rows).toHaveLength(1);
  });

  it("accepts a bare alert and never refuses one for an unknown registration id", async () => {
    const response = await send({ clientId: randomUUID(), registrationId: "LD-UNKNOWN000" });
    expect(response.statusCode).toBe(201);
    const caseRow = await t.app.platform.storage.db
      .selectFrom("cases")
      .selectAll()
      .where("id", "=", response.json().caseId)
      .executeTakeFirstOrThrow();
    expect(caseRow.registration_id).toBeNull();
  });

  it("says what is wrong with a bad alert", async () => {
    const response = await send({ clientId: "abc", location: { lat: 200, lon: 0 }, photo: "http://x" });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(["clientId", "location.lat", "photo"]);
  });
});

describe("alert privacy on the wire", () => {
  it("refuses a photo over the size limit with 413", async () => {
    const t = await startTestApp();
    try {
      const huge = `data:image/jpeg;base64,${"A".repeat(2_200_000)}`;
      const response = await t.app.inject({
        method: "POST",
        url: "/api/v1/alerts",
        payload: { clientId: randomUUID(), photo: huge },
      });
      expect(response.statusCode).toBe(413);
      expect(response.json().error.code).toBe("too_large");
    } finally {
      await t.close();
    }
  });
});
