import type { City } from "./raw-schema.js";
import { containsPhrase, fold } from "./text.js";

export interface LatLon {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in kilometres. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function namesOf(city: City): string[] {
  return [city.name, ...city.aliases];
}

/**
 * The city a piece of text names: first an exact name or alias ("JB", "Melaka"), then the city
 * whose name or alias occurs in the text as whole words, the more specific part in brackets first
 * ("Hong Kong (Jordan, Kowloon)" → Kowloon, "Hong Kong (Sai Ying Pun)" → Hong Kong).
 * Restricted to one country when given.
 */
export function findCity(cities: readonly City[], text: string, country?: string): City | undefined {
  const candidates = country ? cities.filter((c) => c.country === country) : cities;
  const bracketed = /\(([^)]*)\)/.exec(text)?.[1];
  if (bracketed) {
    const inner = findCityIn(candidates, bracketed);
    if (inner) return inner;
  }
  return findCityIn(candidates, text);
}

function findCityIn(candidates: readonly City[], text: string): City | undefined {
  const folded = fold(text);
  if (folded.length === 0) return undefined;
  const exact = candidates.find((city) => namesOf(city).some((name) => fold(name) === folded));
  if (exact) return exact;
  let best: { city: City; at: number } | undefined;
  for (const city of candidates) {
    for (const name of namesOf(city)) {
      if (!containsPhrase(folded, name)) continue;
      const at = ` ${folded} `.indexOf(` ${fold(name)} `);
      if (!best || at < best.at) best = { city, at };
    }
  }
  return best?.city;
}
