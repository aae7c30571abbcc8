/** A dated page a fact was read from. */
export interface Source {
  url: string;
  /** As the page gives it: "2024-12-02", "2024-12", "undated", … */
  date: string;
  fields?: string[];
  note?: string;
}

export interface PhoneNumber {
  label: string;
  /** International format ("+852 2157 9537") or a local short code ("999", "1955"). */
  number: string;
  /** true: reachable on WhatsApp; null: not known. */
  whatsapp: boolean | null;
  /** false: read in one weak source only; show with a warning, never as the one number to call. */
  verified: boolean;
}

export const ENTRY_KINDS = ["mission", "hotline", "ngo", "shelter", "union", "legal_aid"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface DirectoryEntry {
  id: string;
  kind: EntryKind;
  /** ISO 3166-1 alpha-2; "ID" for Indonesian national hotlines. */
  country: string;
  city: string | null;
  name: string;
  nameEn: string | null;
  address: string | null;
  lat: number | null;
  lon: number | null;
  /**
   * Hotlines first, then other phones. Only confirmed numbers: numbers of unverified entries and
   * single unverified numbers are dropped. A mission with no confirmed number shows the Kemlu
   * 24-hour hotline here instead, and `phonesFrom` says so.
   */
  phones: PhoneNumber[];
  /** Id of the entry whose numbers `phones` shows because this entry has none of its own (e.g. "kemlu-pwni-hotline"); null when the numbers are its own. */
  phonesFrom: string | null;
  /** Areas a consulate serves (states, divisions), from the mission's note; empty for embassies and other entries. */
  areas: string[];
  email: string | null;
  website: string | null;
  services: string[];
  languages: string[];
  hours: string | null;
  note: string | null;
  verified: boolean;
  sources: Source[];
  /** Newest dated source (YYYY, YYYY-MM or YYYY-MM-DD), or null when every source is undated. */
  checked: string | null;
}

export interface EmergencyNumbers {
  country: string;
  police: string | null;
  ambulance: string | null;
  fire: string | null;
  /** Other useful numbers, e.g. { policeSmsWhenUnsafeToTalk: "71999" }. */
  other: Record<string, string>;
  verified: boolean;
  source: string;
  note: string | null;
}

export interface CountryFact {
  /** passportRetention | restDay | minimumWage | changeEmployer | lostPassport | laborComplaint | placementBan | laporDiri | uu18_2017 */
  topic: string;
  en: string;
  id: string;
  law: string | null;
  amount: { value: number; currency: string; per: string; effective: string } | null;
  caveat: string | null;
  verified: boolean;
  sources: Source[];
  /** Newest dated source of this fact, or null when every source is undated. */
  checked: string | null;
}

export interface CountryFacts {
  code: string;
  name: string;
  /** Indonesian name of the country ("Arab Saudi", "Jepang"). */
  nameId: string;
  emergency: EmergencyNumbers | null;
  facts: CountryFact[];
}

export interface DirectoryQuery {
  country?: string;
  city?: string;
  kind?: EntryKind;
  /** Free text over name, city, services and note, case- and accent-insensitive. */
  q?: string;
}

/** Read-only view of the directory that the assistant, the server and the web app share. */
export interface Directory {
  /** Entries that match; when a city is given, the nearest first. */
  entries(query: DirectoryQuery): DirectoryEntry[];
  byId(id: string): DirectoryEntry | undefined;
  /** The Indonesian mission that serves this country (and city, when known). */
  missionFor(country: string, city?: string): DirectoryEntry | undefined;
  /** Indonesian national hotlines (Kemlu 24 h, SAPA 129, KP2MI, Komnas Perempuan). */
  national(): DirectoryEntry[];
  emergency(country: string): EmergencyNumbers | undefined;
  country(code: string): CountryFacts | undefined;
  fact(country: string, topic: string): CountryFact | undefined;
  /** Destination countries the directory knows (not "ID"), with their English and Indonesian names. */
  countries(): { code: string; name: string; nameId: string }[];
}
