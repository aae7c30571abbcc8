import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "./helpers";

describe("directory API", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: "GET", url, headers });

  it("lists a country's entries with sources and checked dates, and its emergency numbers", async () => {
    const response = await get("/api/v1/directory?country=hk");
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.emergency.police).toBe("999");
    expect(body.entries.length).toBeGreaterThan(3);
    for (const entry of body.entries) {
      expect(entry.country).toBe("HK");
      expect(entry.sources.length).toBeGreaterThan(0);
    }
    const mission = body.entries.find((e: { kind: string }) => e.kind === "mission");
    expect(mission.name).toContain("Hong Kong");
  });

  it("puts the nearest mission first when a city is given", async () => {
    const body = (await get("/api/v1/directory?country=MY&kind=mission&city=Johor%20Bahru")).json();
    expect(body.entries[0].id).toBe("kjri-johor-bahru");
  });

  it("filters by kind and free text", async () => {
    const shelters = (await get("/api/v1/directory?country=HK&kind=shelter")).json().entries;
    expect(shelters.length).toBeGreaterThan(0);
    expect(shelters.every((e: { kind: string }) => e.kind === "shelter")).toBe(true);
    const bethune = (await get("/api/v1/directory?q=bethune")).json().entries;
    expect(bethune.map((e: { id: string }) => e.id)).toContain("hk-bethune-house");
  });

  it("refuses a bad query with the reason", async () => {
    const response = await get("/api/v1/directory?country=Hongkong&kind=spa");
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(["country", "kind"]);
  });

  it("gives a country's facts, mission and national hotlines", async () => {
    const body = (await get("/api/v1/countries/SG")).json();
    expect(body.emergency.ambulance).toBe("995");
    expect(body.mission.country).toBe("SG");
    expect(body.national.map((e: { id: string }) => e.id)).toContain("kemlu-pwni-hotline");
    const topics = body.facts.map((f: { topic: string }) => f.topic);
    expect(topics).toContain("restDay");
    for (const fact of body.facts) expect(fact.sources.length).toBeGreaterThan(0);
  });

  it("answers an unknown country with 404 in her language", async () => {
    const id = await get("/api/v1/countries/ZZ");
    expect(id.statusCode).toBe(404);
    expect(id.json().error.message).toBe("Negara ZZ belum ada di direktori");
    const en = await get("/api/v1/countries/ZZ", { "accept-language": "en" });
    expect(en.json().error.message).toBe("Country ZZ is not in the directory");
  });
});
