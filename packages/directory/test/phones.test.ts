import { describe, expect, it } from "vitest";
import { dialString, loadDirectory } from "../src/index.js";
import { numbersIn, packagedData, sharedOriginal } from "./helpers.js";

const directory = loadDirectory();
const original = sharedOriginal("directory.json") ?? packagedData("directory.json");
const sourceNumbers = numbersIn(original);

/** Every number the directory hands out, with where it was found. */
function everyNumberShown(): { where: string; number: string }[] {
  const shown: { where: string; number: string }[] = [];
  for (const entry of directory.entries({})) {
    for (const phone of entry.phones) shown.push({ where: entry.id, number: phone.number });
  }
  for (const { code } of directory.countries()) {
    const numbers = directory.emergency(code);
    if (!numbers) continue;
    for (const value of [numbers.police, numbers.ambulance, numbers.fire, ...Object.values(numbers.other)]) {
      if (value !== null) shown.push({ where: `emergency.${code}`, number: value });
    }
  }
  return shown;
}

interface RawPhone {
  number: string;
  verified?: boolean;
}
interface RawEntry {
  id: string;
  verified: boolean;
  phones: RawPhone[];
  hotlines?: RawPhone[];
}

describe("phone numbers are the source's, never invented", () => {
  it("shows only numbers written in the shared source file", () => {
    const shown = everyNumberShown();
    expect(shown.length).toBeGreaterThan(80);
    for (const { where, number } of shown) {
      expect(sourceNumbers.has(number), `${where}: ${number}`).toBe(true);
    }
  });

  it("marks every number it shows as verified", () => {
    for (const entry of directory.entries({})) {
      for (const phone of entry.phones) expect(phone.verified, `${entry.id} ${phone.number}`).toBe(true);
    }
  });

  it("never shows a number of an unverified entry, nor a single unverified number", () => {
    const raw = original as { missions: RawEntry[]; national: RawEntry[]; local: RawEntry[] };
    const unverified = new Set<string>();
    for (const entry of [...raw.missions, ...raw.national, ...raw.local]) {
      for (const phone of [...(entry.hotlines ?? []), ...entry.phones]) {
        if (!entry.verified || phone.verified === false) unverified.add(phone.number);
      }
    }
    expect(unverified.has("+62 21 8030 5399")).toBe(true); // Komnas Perempuan, one weak source
    const shown = new Set(everyNumberShown().map((s) => s.number));
    for (const number of unverified) expect(shown.has(number), number).toBe(false);
    const komnas = directory.byId("komnas-perempuan")!;
    expect(komnas.phones.map((p) => p.number)).toEqual(["+62 21 390 3963"]);
  });

  it("keeps unverified organisations, without a number of their own", () => {
    for (const id of ["kjri-penang", "hk-christian-action-cmdw", "my-tenaganita", "sa-kbri-riyadh-shelter"]) {
      const entry = directory.byId(id)!;
      expect(entry.verified).toBe(false);
      expect(entry.phones.filter((p) => entry.phonesFrom === null || p.number !== "+62 812 9007 0027")).toEqual([]);
    }
  });

  it("leaves out emergency numbers the source calls weak", () => {
    const uae = directory.emergency("AE")!;
    expect(uae.police).toBe("999");
    expect(uae.ambulance).toBeNull();
    expect(uae.fire).toBeNull();
    const taiwan = directory.emergency("TW")!;
    expect(Object.keys(taiwan.other)).toEqual(["domesticViolenceProtectionLine"]);
  });

  it("puts hotlines before other phones", () => {
    const hk = directory.byId("kjri-hong-kong")!;
    expect(hk.phones[0]!.number).toBe("+852 5242 2240");
    expect(hk.phones.at(-1)!.number).toBe("+852 3651 0200");
  });

  it("gives a dialable string without spaces or dashes", () => {
    expect(dialString("+852 2157 9537")).toBe("+85221579537");
    expect(dialString("+60 10-528 8040")).toBe("+60105288040");
    expect(dialString("999")).toBe("999");
  });
});
