/** Turns the data files' shapes into the shared types. */
import { newestDate } from "./dates.js";
import type { RawEmergency, RawEntry, RawFact } from "./raw-schema.js";
import type { CountryFact, DirectoryEntry, EmergencyNumbers, PhoneNumber } from "./types.js";

export const KEMLU_HOTLINE_ID = "kemlu-pwni-hotline";

/**
 * Confirmed numbers of an entry, hotlines first. An unverified entry keeps its organisation but
 * no number; a single number marked `verified: false` is dropped as well (never shown as callable).
 */
function confirmedPhones(raw: RawEntry): PhoneNumber[] {
  if (!raw.verified) return [];
  return [...(raw.hotlines ?? []), ...raw.phones]
    .filter((phone) => phone.verified !== false)
    .map((phone) => ({
      label: phone.label,
      number: phone.number,
      whatsapp: phone.whatsapp ?? null,
      verified: true,
    }));
}

export function normaliseEntry(raw: RawEntry, areas: string[]): DirectoryEntry {
  return {
    id: raw.id,
    kind: raw.kind,
    country: raw.country,
    city: raw.city ?? null,
    name: raw.name,
    nameEn: raw.nameEn ?? null,
    address: raw.address ?? null,
    lat: raw.lat ?? null,
    lon: raw.lon ?? null,
    phones: confirmedPhones(raw),
    phonesFrom: null,
    areas,
    email: raw.email ?? null,
    website: raw.website ?? null,
    services: raw.services ?? [],
    languages: raw.languages ?? [],
    hours: raw.hours ?? null,
    note: raw.note ?? null,
    verified: raw.verified,
    sources: raw.sources,
    checked: newestDate(raw.sources),
  };
}

/**
 * A mission with no confirmed number shows the Kemlu 24-hour hotline instead (data README:
 * "Where a mission has no number, point to the Kemlu 24-hour citizen-protection hotline").
 * The labels say whose number it is, and `phonesFrom` names the entry.
 */
export function withKemluFallback(mission: DirectoryEntry, kemlu: DirectoryEntry): DirectoryEntry {
  if (mission.phones.length > 0) return mission;
  return {
    ...mission,
    phonesFrom: kemlu.id,
    phones: kemlu.phones.map((phone) => ({
      ...phone,
      label: `Hotline Kemlu 24 jam / Kemlu 24-hour hotline (${mission.name}: belum ada nomor pasti / no confirmed number)`,
    })),
  };
}

const MAIN_FIELDS = new Set(["police", "ambulance", "fire", "verified", "verifiedFields", "source", "note", "other"]);

/** A field listed as "ambulance(weak)" in verifiedFields, or another number whose key ends in "_weak". */
function isWeak(raw: RawEmergency, field: string): boolean {
  return (raw.verifiedFields ?? []).some((f) => f.replace(/\s+/g, "") === `${field}(weak)`) || field.endsWith("_weak");
}

/**
 * Police, ambulance and fire, plus every other key (unified, alt, mobileAlt, …) folded into `other`.
 * Numbers the source calls weak are left out (null), as for any unverified number.
 */
export function normaliseEmergency(country: string, raw: RawEmergency): EmergencyNumbers {
  const other: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (MAIN_FIELDS.has(key) || typeof value !== "string") continue;
    if (!isWeak(raw, key)) other[key] = value;
  }
  for (const [key, value] of Object.entries(raw.other ?? {})) {
    if (!isWeak(raw, key)) other[key] = value;
  }
  const main = (field: "police" | "ambulance" | "fire"): string | null =>
    raw.verified && !isWeak(raw, field) ? raw[field] : null;
  return {
    country,
    police: main("police"),
    ambulance: main("ambulance"),
    fire: main("fire"),
    other: raw.verified ? other : {},
    verified: raw.verified,
    source: raw.source,
    note: raw.note ? raw.note : null,
  };
}

export function normaliseFact(raw: RawFact): CountryFact {
  return {
    topic: raw.topic,
    en: raw.en,
    id: raw.id,
    law: raw.law,
    amount: raw.amount ?? null,
    caveat: raw.caveat ?? null,
    verified: raw.verified,
    sources: raw.sources,
    checked: newestDate(raw.sources),
  };
}
