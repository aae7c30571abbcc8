/** The read-only Directory built from parsed data: filtering, nearest-first ordering, missions by area. */
import { distanceKm, findCity, type LatLon } from "./geo.js";
import type { ParsedData } from "./parse-data.js";
import type { City } from "./raw-schema.js";
import { containsPhrase, fold, matchesAllWords } from "./text.js";
import type { CountryFacts, Directory, DirectoryEntry, DirectoryQuery } from "./types.js";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function searchableText(entry: DirectoryEntry): string {
  return [entry.name, entry.nameEn ?? "", entry.city ?? "", entry.services.join(" "), entry.note ?? ""].join(" \n ");
}

export function createDirectory(data: ParsedData): Directory {
  const { missions, national, local, emergency, facts, places } = deepFreeze(data);
  const all: readonly DirectoryEntry[] = [...missions, ...national, ...local];
  const byId = new Map(all.map((entry) => [entry.id, entry]));
  const cities: readonly City[] = places.cities;

  const locationOf = (entry: DirectoryEntry): LatLon | undefined => {
    if (entry.lat !== null && entry.lon !== null) return { lat: entry.lat, lon: entry.lon };
    return entry.city ? findCity(cities, entry.city, entry.country) : undefined;
  };

  /** Sort key: distance in km; 0 when the entry's city text names the place; Infinity when unknown. */
  const distanceFrom = (place: string, origin: LatLon | undefined) => (entry: DirectoryEntry): number => {
    const location = locationOf(entry);
    if (origin && location) return distanceKm(origin, location);
    if (entry.city && (containsPhrase(entry.city, place) || containsPhrase(place, entry.city))) return 0;
    return Number.POSITIVE_INFINITY;
  };

  const entries = (query: DirectoryQuery): DirectoryEntry[] => {
    const country = query.country?.toUpperCase();
    let found = all.filter(
      (entry) =>
        (!country || entry.country === country) &&
        (!query.kind || entry.kind === query.kind) &&
        (!query.q || matchesAllWords(searchableText(entry), query.q)),
    );
    if (query.city && fold(query.city).length > 0) {
      const origin = findCity(cities, query.city, country);
      const distance = distanceFrom(query.city, origin);
      found = found
        .map((entry) => ({ entry, km: distance(entry) }))
        .sort((a, b) => a.km - b.km)
        .map(({ entry }) => entry);
    }
    return found;
  };

  /** Embassy first among missions that have no declared area (they serve the rest of the country). */
  const generalMissions = (list: DirectoryEntry[]): DirectoryEntry[] => {
    const general = list.filter((m) => m.areas.length === 0);
    const pool = general.length > 0 ? general : list;
    return [...pool].sort((a, b) => Number(!a.id.startsWith("kbri-")) - Number(!b.id.startsWith("kbri-")));
  };

  const missionFor = (countryCode: string, cityText?: string): DirectoryEntry | undefined => {
    const country = countryCode.toUpperCase();
    const inCountry = missions.filter((m) => m.country === country);
    if (inCountry.length === 0) return undefined;
    const general = generalMissions(inCountry);
    if (!cityText || fold(cityText).length === 0) return general[0];

    const city = findCity(cities, cityText, country);
    const placeNames = [cityText, ...(city ? [city.name, ...city.regions] : [])];
    const byArea = inCountry.find((m) =>
      m.areas.some((area) => placeNames.some((name) => fold(name) === fold(area) || containsPhrase(name, area))),
    );
    if (byArea) return byArea;
    const inSameCity = inCountry.find((m) => m.city && city && findCity(cities, m.city, country) === city);
    if (inSameCity) return inSameCity;
    const inSameRegion = general.find((m) => {
      const missionCity = m.city ? findCity(cities, m.city, country) : undefined;
      return missionCity && city && missionCity.regions.some((region) => city.regions.includes(region));
    });
    if (inSameRegion) return inSameRegion;
    if (city) {
      const located = general
        .map((m) => ({ m, at: locationOf(m) }))
        .filter((x): x is { m: DirectoryEntry; at: LatLon } => x.at !== undefined)
        .sort((a, b) => distanceKm(city, a.at) - distanceKm(city, b.at));
      if (located[0]) return located[0].m;
    }
    return general.find((m) => m.city && containsPhrase(cityText, m.city)) ?? general[0];
  };

  const nameOf = (code: string) => places.countryNames[code];

  const country = (codeText: string): CountryFacts | undefined => {
    const code = codeText.toUpperCase();
    const names = nameOf(code);
    const known = emergency.has(code) || facts.has(code) || missions.some((m) => m.country === code);
    if (!names || !known) return undefined;
    return { code, name: names.en, nameId: names.id, emergency: emergency.get(code) ?? null, facts: [...(facts.get(code) ?? [])] };
  };

  const destinationCodes = [...new Set([...missions.map((m) => m.country), ...emergency.keys()])].filter((c) => c !== "ID");

  return {
    entries,
    byId: (id) => byId.get(id),
    missionFor,
    national: () => [...national],
    emergency: (code) => emergency.get(code.toUpperCase()),
    country,
    fact: (code, topic) => facts.get(code.toUpperCase())?.find((f) => f.topic === topic),
    countries: () =>
      destinationCodes.map((code) => {
        const names = nameOf(code)!;
        return { code, name: names.en, nameId: names.id };
      }),
  };
}
