import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, validRegistration } from "./helpers";

describe("HTTP basics", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("answers /healthz with the database it uses", async () => {
    const response = await t.app.inject({ method: "GET", url: "/healthz" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", database: "sqlite" });
  });

  it("refuses malformed JSON with 400 and one error shape", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/registrations",
      headers: { "content-type": "application/json" },
      payload: '{"fullName": "Siti",',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      error: { code: "invalid_json", message: "Isi permintaan bukan JSON yang benar" },
    });
  });

  it("refuses an oversized body with 413", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/registrations",
      payload: validRegistration({ addressAbroad: "x".repeat(100_000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe("too_large");
  });

  it("answers unknown API paths with 404 in the error shape", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/v1/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("not_found");
  });

  it("sends security headers with a real content security policy", async () => {
    const response = await t.app.inject({ method: "GET", url: "/healthz" });
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("sends the same security headers on errors and chat answers", async () => {
    const missing = await t.app.inject({ method: "GET", url: "/api/v1/nothing-here" });
    const started = await t.app.inject({ method: "POST", url: "/api/v1/chat/sessions", payload: {} });
    for (const response of [missing, started]) {
      expect(String(response.headers["content-security-policy"])).toContain("frame-ancestors 'none'");
      expect(response.headers["strict-transport-security"]).toContain("max-age=");
      expect(response.headers["x-frame-options"]).toBe("SAMEORIGIN");
      expect(response.headers["x-powered-by"]).toBeUndefined();
    }
  });

  it("publishes the OpenAPI document and its viewer", async () => {
    const doc = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(doc.statusCode).toBe(200);
    const paths = Object.keys(doc.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining(["/api/v1/directory", "/api/v1/countries/{code}", "/api/v1/registrations", "/api/v1/alerts"]),
    );
    const ui = await t.app.inject({ method: "GET", url: "/api/docs/" });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain("swagger");
  });
});

describe("logs", () => {
  it("never contain names, passport numbers or message text", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const { buildApp } = await import("../src/app");
    const { loadConfig } = await import("../src/config");
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = mkdtempSync(join(tmpdir(), "st-log-"));
    const config = { ...loadConfig({ DATA_DIR: dir, LOG_LEVEL: "trace", WEB_ROOT: join(dir, "none") }), logStream: sink };
    const app = await buildApp(config);
    await app.inject({ method: "POST", url: "/api/v1/registrations", payload: validRegistration() });
    await app.inject({ method: "POST", url: "/api/v1/registrations", payload: validRegistration({ phone: "bad" }) });
    await app.inject({
      method: "POST",
      url: "/api/v1/alerts",
      payload: { clientId: "0b0c5f6e-8a0e-4c3f-9a57-1b2c3d4e5f60", text: "Tolong saya dikunci majikan" },
    });
    await app.inject({ method: "GET", url: "/api/v1/directory?country=HK&q=Siti%20Rahayu" });
    await app.close();
    const log = lines.join("");
    expect(log).toContain('"statusCode":201');
    for (const secret of ["Siti Rahayu", "C1234567", "Nathan Road", "dikunci majikan", "Siti%20Rahayu"]) {
      expect(log).not.toContain(secret);
    }
  });
});

describe("rate limits", () => {
  it("answer 429 in the error shape past the write limit", async () => {
    const { startTestApp: start } = await import("./helpers");
    const t = await start("sqlite", { WRITE_RATE_LIMIT_PER_MINUTE: "2" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await t.app.inject({ method: "POST", url: "/api/v1/registrations", payload: validRegistration() });
        statuses.push(response.statusCode);
        if (response.statusCode === 429) expect(response.json().error.code).toBe("rate_limited");
      }
      expect(statuses).toEqual([201, 201, 429]);
    } finally {
      await t.close();
    }
  });
});
