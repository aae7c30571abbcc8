import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildDirectory, DirectoryDataError, loadDirectory, newestDate, shippedDataFiles } from "../src/index.js";
import { clone, packagedData, sharedOriginal } from "./helpers.js";

describe("loading the directory", () => {
  it("loads and validates the shipped data", () => {
    const directory = loadDirectory();
    expect(directory.entries({ kind: "mission" })).toHaveLength(20);
    expect(directory.national()).toHaveLength(4);
    expect(directory.entries({})).toHaveLength(20 + 4 + 48);
    expect(directory.countries().map((c) => c.code)).toEqual([
      "MY", "SG", "HK", "TW", "SA", "BN", "KR", "JP", "AE", "QA", "KW", "OM", "JO",
    ]);
  });

  it("ships the vetted files unchanged, with every source and date", () => {
    for (const name of ["directory.json", "country-facts.json"]) {
      const original = sharedOriginal(name);
      if (original === undefined) continue; // shared/ not beside this clone
      expect(packagedData(name)).toEqual(original);
    }
  });

  it("gives every entry the date of its newest dated source", () => {
    const directory = loadDirectory();
    for (const entry of directory.entries({})) {
      expect(entry.checked).toBe(newestDate(entry.sources));
    }
    expect(directory.byId("kbri-kuala-lumpur")?.checked).toBe("2024-12-05");
    expect(directory.byId("kemlu-pwni-hotline")?.checked).toBe("2020-02-02");
    expect(directory.byId("my-labour-hotline")?.checked).toBeNull();
  });

  it("names the entry when a data file is bad", () => {
    const files = shippedDataFiles();
    const directory = clone(files.directory) as { missions: { hotlines: { number: string }[] }[] };
    directory.missions[2]!.hotlines[0]!.number = "ask the agent";
    expect(() => buildDirectory({ ...files, directory })).toThrow(DirectoryDataError);
    expect(() => buildDirectory({ ...files, directory })).toThrow(/missions\[2\] \(kjri-johor-bahru\).*hotlines\.0\.number/);
  });

  it("names the country and topic when a fact is bad", () => {
    const files = shippedDataFiles();
    const facts = clone(files.facts) as { countries: Record<string, { facts: { en?: string }[] }> };
    delete facts.countries.HK!.facts[1]!.en;
    expect(() => buildDirectory({ ...files, facts })).toThrow(/country-facts\.json HK\.facts\[1\] \(restDay\)/);
  });

  it("rejects a duplicate id and an area for a mission that does not exist", () => {
    const files = shippedDataFiles();
    const directory = clone(files.directory) as { local: { id: string }[] };
    directory.local[1]!.id = "tw-1955";
    expect(() => buildDirectory({ ...files, directory })).toThrow(/local\[1\] \(tw-1955\): duplicate id/);
    const places = clone(files.places) as { missionAreas: { mission: string }[] };
    places.missionAreas[0]!.mission = "kjri-atlantis";
    expect(() => buildDirectory({ ...files, places })).toThrow(/kjri-atlantis/);
  });

  it("keeps the source files pure: no node: imports and no reads of ../shared", () => {
    const srcDir = fileURLToPath(new URL("../src/", import.meta.url));
    for (const file of readdirSync(srcDir)) {
      const text = readFileSync(srcDir + file, "utf8");
      expect(text, file).not.toMatch(/from "node:|require\(|shared\/data/);
    }
  });
});
