/** Turns directory entries into lines to read and buttons to tap. Every number comes from the directory. */
import { type Directory, type DirectoryEntry, KEMLU_HOTLINE_ID, type PhoneNumber } from "@safetravel/directory";
import { callAction, whatsappAction } from "./actions.js";
import { t } from "./messages.js";
import type { ReplyLanguage } from "./state.js";
import type { Action } from "./types.js";

export interface Block {
  lines: string[];
  actions: Action[];
}

/** "KJRI Hong Kong" from "Konsulat Jenderal Republik Indonesia (KJRI) Hong Kong"; "KP2MI" from a long name with one acronym. */
export function shortName(entry: DirectoryEntry): string {
  const mission = /\(([A-Z]{3,5})\)\s*(?:di\s+)?(.+)$/.exec(entry.name);
  if (mission) return `${mission[1]} ${mission[2]}`;
  const beforeBracket = entry.name.split(/ \(| - /)[0]!.trim();
  if (beforeBracket.length <= 40) return beforeBracket;
  const acronym = /\(([A-Z][A-Z0-9]{2,})\b/.exec(entry.name);
  return acronym ? acronym[1]! : beforeBracket;
}

/** Numbers she can dial from abroad: Indonesian domestic numbers (129, 0800-…, 021-…) only work inside Indonesia. */
export function dialableFrom(entry: DirectoryEntry, country: string | null): PhoneNumber[] {
  if (entry.country !== "ID" || country === "ID") return entry.phones;
  return entry.phones.filter((phone) => phone.number.startsWith("+"));
}

export function kemluHotline(directory: Directory): PhoneNumber {
  const kemlu = directory.byId(KEMLU_HOTLINE_ID);
  const phone = kemlu?.phones[0];
  if (!phone) throw new Error(`${KEMLU_HOTLINE_ID} has no number`);
  return phone;
}

export function kemluBlock(language: ReplyLanguage, directory: Directory): Block {
  const phone = kemluHotline(directory);
  return {
    lines: [t(language, "kemlu.hotline", { number: phone.number })],
    actions: [callAction(t(language, "label.kemlu"), phone.number)],
  };
}

/** The mission's hotline (or the Kemlu hotline it falls back to) as a line, a call button and a WhatsApp button. */
export function missionBlock(language: ReplyLanguage, mission: DirectoryEntry, maxCalls = 1): Block {
  const name = shortName(mission);
  const first = mission.phones[0];
  if (!first) return { lines: [], actions: [] };
  if (mission.phonesFrom !== null) {
    return {
      lines: [t(language, "mission.noNumber", { mission: name, number: first.number })],
      actions: [callAction(t(language, "label.kemlu"), first.number)],
    };
  }
  const line = mission.checked
    ? t(language, "mission.hotline", { mission: name, number: first.number, checked: mission.checked })
    : t(language, "mission.hotlineUndated", { mission: name, number: first.number });
  const calls = mission.phones.slice(0, maxCalls).map((phone) => callAction(t(language, "label.call", { name }), phone.number));
  const whatsapp = mission.phones.find((phone) => phone.whatsapp === true);
  return {
    lines: [line],
    actions: whatsapp ? [...calls, whatsappAction(t(language, "label.whatsapp", { name }), whatsapp.number)] : calls,
  };
}

/** One line and its buttons for each referral that has a number she can dial; entries without one are skipped. */
export function referralBlock(language: ReplyLanguage, entries: DirectoryEntry[], country: string | null): Block {
  const block: Block = { lines: [], actions: [] };
  for (const entry of entries) {
    const phones = dialableFrom(entry, country);
    const first = phones[0];
    if (!first) continue;
    const name = shortName(entry);
    block.lines.push(
      entry.checked
        ? t(language, "contacts.line", { name, number: first.number, checked: entry.checked })
        : t(language, "contacts.lineUndated", { name, number: first.number }),
    );
    block.actions.push(
      first.whatsapp === true
        ? whatsappAction(t(language, "label.whatsapp", { name }), first.number)
        : callAction(t(language, "label.call", { name }), first.number),
    );
    const whatsapp = phones.find((phone) => phone.whatsapp === true && phone !== first);
    if (whatsapp) block.actions.push(whatsappAction(t(language, "label.whatsapp", { name }), whatsapp.number));
  }
  return block;
}

/**
 * Lines that would answer "who can hear me if I want to end my life": entries tagged with the
 * service "crisis_line". The vetted data has none today, so none is shown; none is made up.
 */
export function crisisLines(directory: Directory, country: string | null): DirectoryEntry[] {
  if (!country) return [];
  return directory.entries({ country }).filter((entry) => entry.services.includes("crisis_line") && entry.phones.length > 0);
}
