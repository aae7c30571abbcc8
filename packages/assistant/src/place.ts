/** Where she is: from what the classifier found in her message, or from her answer to "which country?". */
import { type Directory, fold } from "@safetravel/directory";
import type { Understanding } from "@safetravel/nlu";
import type { ConversationState } from "./state.js";

/** Other ways people write the destination countries (besides the directory's English and Indonesian names). */
const COUNTRY_ALIASES: Record<string, string[]> = {
  HK: ["hongkong", "hk"],
  TW: ["taiwan"],
  SG: ["singapore", "singapura", "spore"],
  MY: ["malaysia", "malay"],
  SA: ["saudi", "arabsaudi"],
  AE: ["uae", "emirat", "dubai", "abudhabi"],
  KR: ["korea"],
  JP: ["japan", "jepang", "jepun"],
  BN: ["brunei"],
  JO: ["jordan", "yordania"],
};

function squash(text: string): string {
  return fold(text).replace(/ /g, "");
}

/** The directory country named in a short answer such as "Saya di Hong Kong" or "arab saudi". */
export function countryInText(text: string, directory: Directory): string | undefined {
  const squashed = squash(text);
  if (squashed.length === 0) return undefined;
  for (const country of directory.countries()) {
    const names = [country.name, country.nameId, ...(COUNTRY_ALIASES[country.code] ?? [])].map(squash);
    if (names.some((name) => name.length >= 2 && squashed.includes(name))) return country.code;
  }
  return undefined;
}

export type PlaceUpdate = "set" | "unknown-country" | "none";

/**
 * Updates country and city in the draft state. A country the directory does not know is not
 * stored ("unknown-country"), so that answers never use a country without data.
 */
export function updatePlace(
  state: ConversationState,
  understanding: Understanding,
  directory: Directory,
  text: string | undefined,
): PlaceUpdate {
  const named = understanding.place?.country?.toUpperCase() ?? (state.asked === "country" && text ? countryInText(text, directory) : undefined);
  if (!named) return "none";
  if (!directory.country(named) || named === "ID") return "unknown-country";
  if (named !== state.country) state.city = null;
  state.country = named;
  const city = understanding.place?.city;
  if (city) state.city = city.slice(0, 80);
  return "set";
}
