/**
 * A problem (abuse, pay, passport, …): kind words, the rule where the country facts know it, whom
 * to contact with buttons, what she can do, and the offer of an officer.
 */
import type { DirectoryEntry } from "@safetravel/directory";
import { callAction, uniqueActions } from "../actions.js";
import { kemluBlock, missionBlock, referralBlock } from "../contacts.js";
import { ambulanceNumber } from "../emergency.js";
import { quoteFacts } from "../facts.js";
import type { ProblemIntent } from "../intents.js";
import { type MessageKey, t } from "../messages.js";
import { REFERRALS } from "../referrals.js";
import type { Action, Reply } from "../types.js";
import { askCountry, countryName, offerOfficer, reply, shouldAskCountry, type Turn } from "./turn.js";

const ABUSE: readonly ProblemIntent[] = ["physical_abuse", "sexual_abuse", "psychological_abuse", "confinement", "trafficking"];

function entriesById(turn: Turn, ids: string[] | undefined): DirectoryEntry[] {
  return (ids ?? []).map((id) => turn.directory.byId(id)).filter((e): e is DirectoryEntry => e !== undefined);
}

/** Where the problem needs a rule and the data has none for her country: say so, never guess. */
function factParagraphs(turn: Turn, intent: ProblemIntent, country: string): string[] {
  const topics = REFERRALS[intent].facts;
  if (topics.length === 0) return [];
  return quoteFacts(turn.language, turn.directory, country, countryName(turn, country), topics);
}

function contactsReply(turn: Turn, intent: ProblemIntent): Reply {
  const { language, directory, state } = turn;
  const referral = REFERRALS[intent];
  const lines: string[] = [t(language, "contacts.intro")];
  const actions: Action[] = [];
  const add = (block: { lines: string[]; actions: Action[] }) => {
    lines.push(...block.lines);
    actions.push(...block.actions);
  };
  const emergency = state.country ? directory.emergency(state.country) : undefined;
  if (intent === "health") {
    const urgent = ambulanceNumber(emergency);
    if (urgent) add({ lines: [t(language, "health.urgent", { number: urgent })], actions: [callAction(t(language, "label.ambulance", { number: urgent }), urgent)] });
  }
  const mission = state.country ? directory.missionFor(state.country, state.city ?? undefined) : undefined;
  add(mission ? missionBlock(language, mission) : kemluBlock(language, directory));
  if (state.country) add(referralBlock(language, entriesById(turn, referral.byCountry[state.country]), state.country));
  add(referralBlock(language, entriesById(turn, referral.national), state.country));
  if (ABUSE.includes(intent) && emergency?.police) {
    lines.push(t(language, "danger.ifAgain", { police: emergency.police }));
    actions.unshift(callAction(t(language, "label.police", { number: emergency.police }), emergency.police));
  }
  return reply(lines, uniqueActions(actions));
}

export function problemFlow(turn: Turn, intent: ProblemIntent): Reply[] {
  const { language, state } = turn;
  const opener = t(language, `${intent}.open` as MessageKey);
  const advice = t(language, `${intent}.advice` as MessageKey);
  if (state.country === null && shouldAskCountry(turn)) {
    return [reply([opener]), askCountry(turn, intent)];
  }
  const replies: Reply[] = [
    reply([opener, ...(state.country ? factParagraphs(turn, intent, state.country) : [])]),
    contactsReply(turn, intent),
    reply([advice, intent === "health" ? t(language, "health.advice") : undefined]),
  ];
  if (state.country === null) replies.splice(1, 0, reply([t(language, "country.unknown"), t(language, "country.tellMe")]));
  if (!state.officerAccepted) replies.push(offerOfficer(turn, intent));
  return replies;
}
