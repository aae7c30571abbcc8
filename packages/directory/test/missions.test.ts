import { describe, expect, it } from "vitest";
import { KEMLU_HOTLINE_ID, loadDirectory } from "../src/index.js";

const directory = loadDirectory();

describe("missionFor", () => {
  it.each([
    ["HK", undefined, "kjri-hong-kong"],
    ["hk", "Causeway Bay", "kjri-hong-kong"],
    ["HK", "Macau", "kjri-hong-kong"],
    ["MY", "Johor Bahru", "kjri-johor-bahru"],
    ["MY", "Melaka", "kjri-johor-bahru"],
    ["MY", "Seremban", "kjri-johor-bahru"],
    ["MY", "Kuantan, Pahang", "kjri-johor-bahru"],
    ["MY", "Alor Setar", "kjri-penang"],
    ["MY", "Kedah", "kjri-penang"],
    ["MY", "Penang", "kjri-penang"],
    ["MY", "Miri", "kjri-kuching"],
    ["MY", "Sandakan", "kjri-kota-kinabalu"],
    ["MY", "Lahad Datu", "kri-tawau"],
    ["MY", "Ipoh", "kbri-kuala-lumpur"],
    ["MY", "Shah Alam", "kbri-kuala-lumpur"],
    ["MY", undefined, "kbri-kuala-lumpur"],
    ["MY", "somewhere unknown", "kbri-kuala-lumpur"],
    ["SA", "Taif", "kjri-jeddah"],
    ["SA", "Madinah", "kjri-jeddah"],
    ["SA", "Dammam", "kbri-riyadh"],
    ["SA", undefined, "kbri-riyadh"],
    ["AE", "Dubai", "kjri-dubai"],
    ["AE", "Sharjah", "kjri-dubai"],
    ["AE", "Al Ain", "kbri-abu-dhabi"],
    ["AE", undefined, "kbri-abu-dhabi"],
    ["TW", "Kaohsiung", "kdei-taipei"],
    ["SG", undefined, "kbri-singapura"],
  ])("%s %s → %s", (country, city, id) => {
    expect(directory.missionFor(country, city)?.id).toBe(id);
  });

  it("returns undefined for a country without a mission", () => {
    expect(directory.missionFor("XX")).toBeUndefined();
    expect(directory.missionFor("FR", "Paris")).toBeUndefined();
  });

  it.each(["kjri-penang", "kjri-kota-kinabalu", "kbri-bandar-seri-begawan"])(
    "%s has no number: it shows the Kemlu 24 h hotline, visibly",
    (id) => {
      const mission = directory.byId(id)!;
      expect(mission.phonesFrom).toBe(KEMLU_HOTLINE_ID);
      expect(mission.phones.map((p) => p.number)).toEqual(["+62 812 9007 0027"]);
      expect(mission.phones[0]!.label).toMatch(/Kemlu 24/);
    },
  );

  it("falls back to the Kemlu hotline for Brunei, a country whose mission has no number", () => {
    const brunei = directory.missionFor("BN")!;
    expect(brunei.id).toBe("kbri-bandar-seri-begawan");
    expect(brunei.phonesFrom).toBe("kemlu-pwni-hotline");
    expect(brunei.phones[0]!.number).toBe(directory.byId("kemlu-pwni-hotline")!.phones[0]!.number);
  });

  it("keeps a mission's own numbers when it has them", () => {
    expect(directory.missionFor("HK")!.phonesFrom).toBeNull();
    expect(directory.byId("kjri-johor-bahru")!.areas).toEqual(["Johor", "Melaka", "Negeri Sembilan", "Pahang"]);
  });
});
