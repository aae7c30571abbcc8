import type { Directory } from "@safetravel/directory";
import type { Intent } from "@safetravel/nlu";
import { quickReply } from "../actions.js";
import { t } from "../messages.js";
import type { ConversationState, ReplyLanguage } from "../state.js";
import type { Action, Reply } from "../types.js";

/** What a flow works with: the language to answer in, the directory, and the next state (a draft it may change). */
export interface Turn {
  language: ReplyLanguage;
  directory: Directory;
  state: ConversationState;
}

export function reply(lines: (string | undefined)[], actions: Action[] = []): Reply {
  return { text: lines.filter((line): line is string => line !== undefined && line.length > 0).join("\n"), actions };
}

/** Offers an officer, with "yes" and "not now" quick replies; remembers why, for the hand-off. */
export function offerOfficer(turn: Turn, reason: Intent, key: "offer.officer" | "offer.officerNow" | "offer.consent" | "selfHarm.person" = "offer.officer"): Reply {
  turn.state.officerOffered = true;
  turn.state.offerReason = reason;
  if (turn.state.asked !== "country") turn.state.asked = "officer";
  return reply([t(turn.language, key)], [quickReply(t(turn.language, "quick.yesOfficer")), quickReply(t(turn.language, "quick.notNow"))]);
}

/** Asks which country she is in (quick replies with the directory's countries), and what to answer then. */
export function askCountry(turn: Turn, pending: Intent): Reply {
  turn.state.asked = "country";
  turn.state.pendingIntent = pending;
  turn.state.counters.countryAsked += 1;
  const choices = turn.directory
    .countries()
    .map((country) => quickReply(t(turn.language, "label.country", { country: turn.language === "en" ? country.name : country.nameId })));
  return reply([t(turn.language, "country.ask")], choices);
}

/** She has not said where she is, and was not asked yet: ask once. */
export function shouldAskCountry(turn: Turn): boolean {
  return turn.state.country === null && turn.state.counters.countryAsked === 0;
}

export function countryName(turn: Turn, code: string): string {
  const facts = turn.directory.country(code);
  if (!facts) return code;
  return turn.language === "en" ? facts.name : facts.nameId;
}
