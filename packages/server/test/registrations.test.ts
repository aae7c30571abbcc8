import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, startTestApp, type TestApp, validRegistration } from "./helpers";

describe.each(BACKENDS)("lapor diri on %s", (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend);
  });
  afterAll(() => t.close());

  async function register(body: unknown = validRegistration()) {
    return t.app.inject({ method: "POST", url: "/api/v1/registrations", payload: body as object });
  }

  it("registers, then shows, corrects and deletes the record with its secret", async () => {
    const created = await register();
    expect(created.statusCode).toBe(201);
    const { id, secret } = created.json();
    expect(id).toMatch(/^LD-[0-9A-Z]{10}$/);
    expect(secret).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    const auth = { authorization: `Bearer ${secret}` };
    const shown = await t.app.inject({ method: "GET", url: `/api/v1/registrations/${id}`, headers: auth });
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ id, fullName: "Siti Rahayu", passportNumber: "C1234567", country: "HK" });

    const patched = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/registrations/${id}`,
      headers: auth,
      payload: { city: "Kowloon", employerName: "Wong Siu Ming" },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ city: "Kowloon", employerName: "Wong Siu Ming", fullName: "Siti Rahayu" });

    // The secret works whatever its case and dashes.
    const loose = secret.toLowerCase().replace(/-/g, "");
    const again = await t.app.inject({
      method: "GET",
      url: `/api/v1/registrations/${id}`,
      headers: { authorization: `Bearer ${loose}` },
    });
    expect(again.json().city).toBe("Kowloon");

    const deleted = await t.app.inject({ method: "DELETE", url: `/api/v1/registrations/${id}`, headers: auth });
    expect(deleted.statusCode).toBe(204);
    const gone = await t.app.inject({ method: "GET", url: `/api/v1/registrations/${id}`, headers: auth });
    expect(gone.statusCode).toBe(404);
  });

  it("refuses a missing or wrong secret", async () => {
    const { id } = (await register()).json();
    const none = await t.app.inject({ method: "GET", url: `/api/v1/registrations/${id}` });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe("unauthorized");
    const wrong = await t.app.inject({
      method: "GET",
      url: `/api/v1/registrations/${id}`,
      headers: { authorization: "Bearer AAAA-BBBB-CCCC-DDDD" },
    });
    expect(wrong.statusCode).toBe(403);
    const del = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/registrations/${id}`,
      headers: { authorization: "Bearer AAAA-BBBB-CCCC-DDDD" },
    });
    expect(del.statusCode).toBe(403);
  });

  it("names each bad field with the reason in Indonesian and English", async () => {
    const response = await register(
      validRegistration({ passportNumber: "C 12", phone: "0812", birthDate: "2030-01-01", fullName: "" }),
    );
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe("invalid_input");
    const byPath = Object.fromEntries(error.fields.map((f: { path: string; message: unknown }) => [f.path, f.message]));
    expect(Object.keys(byPath).sort()).toEqual(["birthDate", "fullName", "passportNumber", "phone"]);
    expect(byPath.fullName).toEqual({ id: "wajib diisi", en: "is required" });
    expect(byPath.phone.id).toContain("nomor telepon internasional");
    expect(error.message).toContain("passportNumber");
    expect(error.message).toContain("wajib diisi");

    const english = await t.app.inject({
      method: "POST",
      url: "/api/v1/registrations",
      headers: { "accept-language": "en-GB,en;q=0.9" },
      payload: validRegistration({ fullName: "" }),
    });
    expect(english.json().error.message).toBe("Invalid input: fullName: is required");
  });

  it("checks a correction against the whole record", async () => {
    const { id, secret } = (await register()).json();
    const response = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/registrations/${id}`,
      headers: { authorization: `Bearer ${secret}` },
      payload: { contractEnd: "2024-01-01" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0]).toMatchObject({ path: "contractEnd" });
    const unchanged = await t.app.inject({
      method: "GET",
      url: `/api/v1/registrations/${id}`,
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(unchanged.json().contractEnd).toBe("2027-01-31");
  });

  it("refuses a correction of a field that does not exist", async () => {
    const { id, secret } = (await register()).json();
    const response = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/registrations/${id}`,
      headers: { authorization: `Bearer ${secret}` },
      payload: { salary: 5100 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain("salary");
  });

  it("refuses unknown fields", async () => {
    const response = await register({ ...validRegistration(), religion: "x" });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toContain("religion");
  });
});

describe("lapor diri at rest", () => {
  it("keeps names, passport numbers and addresses only encrypted in the SQLite file", async () => {
    const t = await startTestApp("sqlite");
    try {
      const created = await t.app.inject({ method: "POST", url: "/api/v1/registrations", payload: validRegistration() });
      expect(created.statusCode).toBe(201);
      await t.app.close();
      const bytes = Buffer.concat(
        ["safetravel.sqlite", "safetravel.sqlite-wal"].flatMap((f) => {
          try {
            return [readFileSync(join(t.dataDir, f))];
          } catch {
            return [];
          }
        }),
      ).toString("latin1");
      expect(bytes).toContain(created.json().id);
      for (const secret of ["Siti Rahayu", "C1234567", "Nathan Road", "Chan Tai Man", "Sri Wahyuni", "9123 4567"]) {
        expect(bytes).not.toContain(secret);
      }
    } finally {
      await t.close().catch(() => undefined);
    }
  });
});
