import { describe, expect, it } from "vitest";
import { loadDirectory } from "../src/index.js";

const directory = loadDirectory();
const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe("entries", () => {
  it("filters by country and kind", () => {
    const shelters = directory.entries({ country: "hk", kind: "shelter" });
    expect(ids(shelters)).toEqual(["hk-bethune-house", "hk-christian-action-cmdw"]);
    expect(directory.entries({ country: "XX" })).toEqual([]);
  });

  it("puts the nearest mission first", () => {
    const fromJohor = ids(directory.entries({ country: "MY", kind: "mission", city: "Johor Bahru" }));
    expect(fromJohor[0]).toBe("kjri-johor-bahru");
    expect(fromJohor[1]).toBe("kbri-kuala-lumpur");
    expect(fromJohor.slice(-1)[0]).toBe("kri-tawau");
    const fromSibu = ids(directory.entries({ country: "MY", kind: "mission", city: "Sibu" }));
    expect(fromSibu[0]).toBe("kjri-kuching");
    // Miri is nearer Kota Kinabalu than Kuching, even though KJRI Kuching serves it (see missionFor).
    expect(ids(directory.entries({ country: "MY", kind: "mission", city: "Miri" }))[0]).toBe("kjri-kota-kinabalu");
  });

  it("uses an entry's own coordinates when it has them", () => {
    const fromPenang = ids(directory.entries({ kind: "mission", city: "Penang" }));
    expect(fromPenang[0]).toBe("kjri-penang");
    expect(fromPenang[1]).toBe("kbri-kuala-lumpur"); // lat/lon from the data
  });

  it("puts help in the same district first (Kowloon before Central)", () => {
    const list = ids(directory.entries({ country: "HK", city: "Kowloon" }));
    expect(list.indexOf("hk-bethune-house")).toBeLessThan(list.indexOf("hk-mission-for-migrant-workers"));
    expect(list.indexOf("hk-christian-action-cmdw")).toBeLessThan(list.indexOf("kjri-hong-kong"));
  });

  it("falls back to matching the city text for a place not in the coordinates table", () => {
    expect(directory.entries({ country: "HK", city: "Sai Ying Pun" })[0]!.id).toBe("hk-justice-centre");
  });

  it("keeps nationwide help (no place) after located help, without dropping it", () => {
    const list = ids(directory.entries({ country: "TW", city: "Taoyuan" }));
    expect(list.slice(0, 2).sort()).toEqual(["tw-hope-workers-center", "tw-serve-the-people-association"]);
    expect(list).toContain("tw-1955");
  });

  it("searches free text over name, nameEn, city, services and note, case- and accent-insensitively", () => {
    // MFMW's note names its partner Bethune House, so it matches too.
    expect(ids(directory.entries({ q: "bethune" }))).toEqual(["hk-mission-for-migrant-workers", "hk-bethune-house"]);
    expect(ids(directory.entries({ q: "bethune refuge" }))).toEqual(["hk-bethune-house"]);
    expect(ids(directory.entries({ q: "BÉTHUNE Réfuge" }))).toEqual(["hk-bethune-house"]);
    expect(ids(directory.entries({ q: "witness and victim" }))).toEqual(["id-lpsk"]);
    expect(ids(directory.entries({ q: "rumah harapan" }))).toEqual(["sa-kbri-riyadh-shelter"]);
    expect(ids(directory.entries({ country: "SG", q: "shelter" }))).toEqual(["sg-home"]);
    expect(ids(directory.entries({ q: "zhongli" }))).toEqual(["tw-serve-the-people-association", "tw-hope-workers-center"]);
    expect(ids(directory.entries({ q: "macau", kind: "mission" }))).toEqual(["kjri-hong-kong"]);
    expect(directory.entries({ q: "pizza delivery" })).toEqual([]);
  });

  it("lists the Indonesian national hotlines", () => {
    expect(ids(directory.national())).toEqual(["kemlu-pwni-hotline", "sapa-129", "kp2mi-call-center", "komnas-perempuan"]);
  });
});
