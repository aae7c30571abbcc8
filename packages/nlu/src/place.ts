/**
 * Where the person says she is: "sy di hongkong", "kerja di riyadh", "KL", "jeddah".
 * City names are the directory's.
 */
import type { Place } from "./types.js";

/** Alias (lowercase, spaces between words) → place. Longer aliases are tried first. */
const ALIASES: [string, Place][] = [];

function def(country: string, city: string | undefined, aliases: string): void {
  const place: Place = city ? { country, city } : { country };
  for (const a of aliases.split("|")) ALIASES.push([a, place]);
}

def("MY", "Kuala Lumpur", "kuala lumpur|kualalumpur|kl|k l|selangor|klang|petaling jaya|shah alam|subang");
def("MY", "Johor Bahru", "johor bahru|johor baru|johorbahru|jb|johor");
def("MY", "Kuching", "kuching|sarawak|sibu|miri|bintulu");
def("MY", "Kota Kinabalu", "kota kinabalu|kotakinabalu|sabah|sandakan|lahad datu");
def("MY", "Tawau", "tawau");
def("MY", "Penang", "penang|pulau pinang|pinang");
def("MY", "George Town", "george town|georgetown");
def("MY", undefined, "malaysia|malaysya|malaisia|msia|mesia|m sia|ipoh|melaka|malacca|negeri sembilan|kedah|pahang|terengganu|kelantan|perak");
def("SG", "Singapore", "singapore|singapura|singapur|spore|s pore|sg|sgp");
def("HK", "Hong Kong", "hong kong|hongkong|hk|hongkok|hongkon|kowloon|tsuen wan|causeway bay|mongkok|mong kok|sha tin|shatin|tuen mun|yuen long|tai po|new territories");
def("TW", "Taipei", "taipei|taipe|new taipei|taibei");
def("TW", undefined, "taiwan|tw|taichung|kaohsiung|taoyuan|tainan|hsinchu|changhua|yilan|keelung");
def("SA", "Riyadh", "riyadh|riyad|riyadh city|ar riyadh");
def("SA", "Jeddah", "jeddah|jedah|jiddah|jidah|jedda");
def("SA", undefined, "saudi|saudi arabia|arab saudi|ksa|mekkah|makkah|mecca|madinah|medina|dammam|taif|thaif|tabuk|abha|khobar|al khobar|qassim|buraidah");
def("BN", "Bandar Seri Begawan", "bandar seri begawan|bsb");
def("BN", undefined, "brunei|brunei darussalam");
def("KR", "Seoul", "seoul|seoel");
def("KR", undefined, "korea|korea selatan|korsel|south korea|busan|incheon|daegu|ansan|gimhae");
def("JP", "Tokyo", "tokyo|tokio");
def("JP", undefined, "japan|jepang|jepun|osaka|nagoya|yokohama|fukuoka|kyoto|ibaraki|hiroshima");
def("AE", "Abu Dhabi", "abu dhabi|abudhabi|abu dabi|al ain");
def("AE", "Dubai", "dubai|dubay|sharjah|ajman");
def("AE", undefined, "uae|u a e|emirat|emirates|uni emirat arab|united arab emirates");
def("QA", "Doha", "doha");
def("QA", undefined, "qatar|katar");
def("KW", "Kuwait City", "kuwait city");
def("KW", undefined, "kuwait|kuweit");
def("OM", "Muscat", "muscat|maskat|masqat");
def("OM", undefined, "oman");
def("JO", "Amman", "amman");
def("JO", undefined, "jordan|yordania|yordan");

ALIASES.sort((a, b) => b[0].length - a[0].length);
const PLACE_OF = new Map(ALIASES);
/** Every alias between spaces, longest first: one scan finds the leftmost (and there the longest). */
const ALIAS_RE = new RegExp(`(?<= )(?:${ALIASES.map(([a]) => a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?= )`, "g");

/** Short aliases that are ordinary words or abbreviations elsewhere: only counted after a place word. */
const GUARDED = new Set(["kl", "k l", "jb", "sg", "tw", "hk", "bsb", "johor", "pinang", "oman", "doha"]);

/** The first place named in the message, if any. */
export function detectPlace(text: string): Place | undefined {
  const t = ` ${text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
  for (const match of t.matchAll(ALIAS_RE)) {
    const alias = match[0];
    if (GUARDED.has(alias) && !isPlaceContext(t, match.index, alias)) continue;
    return { ...PLACE_OF.get(alias)! };
  }
  return undefined;
}

const PLACE_WORDS = /\b(?:di|dari|ke|ning|nang|neng|in|at|to|from|kat|negara|kota|kerja|kbri|kjri|kdei|konsulat|kedutaan|embassy|consulate)\s*$/;

function isPlaceContext(t: string, at: number, alias: string): boolean {
  // Upper-case abbreviations like "KL" and "HK" are common; accept them after a place word, or
  // when the whole message is just the place name.
  if (t.trim() === alias) return true;
  return PLACE_WORDS.test(t.slice(0, at));
}
