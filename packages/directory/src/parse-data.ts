/** Validates the three data files and normalises them; a bad file throws an error that names the entry. */
import type { z } from "zod";
import { KEMLU_HOTLINE_ID, normaliseEmergency, normaliseEntry, normaliseFact, withKemluFallback } from "./normalise.js";
import {
  type PlacesFile,
  placesFileSchema,
  rawDirectoryFileSchema,
  rawEmergencySchema,
  rawEntrySchema,
  rawFactSchema,
  rawFactsFileSchema,
} from "./raw-schema.js";
import type { CountryFact, DirectoryEntry, EmergencyNumbers } from "./types.js";

export class DirectoryDataError extends Error {
  override name = "DirectoryDataError";
}

export interface DataFiles {
  /** Contents of data/directory.json. */
  directory: unknown;
  /** Contents of data/country-facts.json. */
  facts: unknown;
  /** Contents of data/places.json. */
  places: unknown;
}

export interface ParsedData {
  missions: DirectoryEntry[];
  national: DirectoryEntry[];
  local: DirectoryEntry[];
  emergency: Map<string, EmergencyNumbers>;
  facts: Map<string, CountryFact[]>;
  places: PlacesFile;
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new DirectoryDataError(`${where}: ${describe(result.error)}`);
  return result.data;
}

function idOf(value: unknown): string {
  if (typeof value === "object" && value !== null && "id" in value && typeof value.id === "string") return ` (${value.id})`;
  return "";
}

export function parseData(files: DataFiles): ParsedData {
  const places = parseOrThrow(placesFileSchema, files.places, "places.json");
  const dir = parseOrThrow(rawDirectoryFileSchema, files.directory, "directory.json");
  const areasOf = new Map(places.missionAreas.map((a) => [a.mission, a.areas]));
  const seen = new Set<string>();
  const section = (name: "missions" | "national" | "local"): DirectoryEntry[] =>
    dir[name].map((value, index) => {
      const where = `directory.json ${name}[${index}]${idOf(value)}`;
      const raw = parseOrThrow(rawEntrySchema, value, where);
      if (seen.has(raw.id)) throw new DirectoryDataError(`${where}: duplicate id`);
      seen.add(raw.id);
      return normaliseEntry(raw, areasOf.get(raw.id) ?? []);
    });
  const national = section("national");
  const kemlu = national.find((entry) => entry.id === KEMLU_HOTLINE_ID);
  if (!kemlu || kemlu.phones.length === 0) {
    throw new DirectoryDataError(`directory.json national: ${KEMLU_HOTLINE_ID} with a confirmed number is required`);
  }
  const missions = section("missions").map((mission) => withKemluFallback(mission, kemlu));
  const local = section("local");
  for (const mission of places.missionAreas) {
    if (!missions.some((m) => m.id === mission.mission)) {
      throw new DirectoryDataError(`places.json missionAreas (${mission.mission}): no such mission in directory.json`);
    }
  }

  const emergency = new Map<string, EmergencyNumbers>();
  for (const [country, value] of Object.entries(dir.emergency)) {
    const raw = parseOrThrow(rawEmergencySchema, value, `directory.json emergency.${country}`);
    emergency.set(country, normaliseEmergency(country, raw));
  }

  const factsFile = parseOrThrow(rawFactsFileSchema, files.facts, "country-facts.json");
  const facts = new Map<string, CountryFact[]>();
  for (const [country, { facts: list }] of Object.entries(factsFile.countries)) {
    facts.set(
      country,
      list.map((value, index) => {
        const topic =
          typeof value === "object" && value !== null && "topic" in value && typeof value.topic === "string"
            ? ` (${value.topic})`
            : "";
        return normaliseFact(parseOrThrow(rawFactSchema, value, `country-facts.json ${country}.facts[${index}]${topic}`));
      }),
    );
  }
  for (const code of new Set([...missions.map((m) => m.country), ...emergency.keys(), ...facts.keys()])) {
    if (!places.countryNames[code]) throw new DirectoryDataError(`places.json countryNames: ${code} is missing`);
  }
  return { missions, national, local, emergency, facts, places };
}
