/** Hand-off to an officer, only after her yes; honest about the wait; the emergency numbers again if in danger. */
import type { Intent } from "@safetravel/nlu";
import { t } from "../messages.js";
import type { HandoffRequest, Reply } from "../types.js";
import { dangerNumbers } from "./danger.js";
import { offerOfficer, reply, type Turn } from "./turn.js";

export function handoffRequest(turn: Turn, reason: Intent): HandoffRequest {
  const { state } = turn;
  return {
    reason,
    danger: state.danger,
    ...(state.country ? { country: state.country } : {}),
    ...(state.city ? { city: state.city } : {}),
  };
}

export function acceptHandoff(turn: Turn): { replies: Reply[]; handoff: HandoffRequest } {
  const { state, language } = turn;
  const reason = state.offerReason ?? "human_agent";
  state.officerAccepted = true;
  state.officerOffered = false;
  state.offerReason = null;
  state.asked = null;
  const replies = [reply([t(language, "handoff.accepted")])];
  if (state.danger) {
    const numbers = dangerNumbers(turn);
    replies.push({ text: `${t(language, "handoff.waitDanger")}\n${numbers.text}`, actions: numbers.actions });
  }
  return { replies, handoff: handoffRequest(turn, reason) };
}

export function declineHandoff(turn: Turn): Reply[] {
  turn.state.officerOffered = false;
  turn.state.offerReason = null;
  turn.state.asked = null;
  return [reply([t(turn.language, "handoff.declined")])];
}

/** She asks for a person without an offer on the table: ask her consent first (never open a case without her yes). */
export function askHandoffConsent(turn: Turn): Reply[] {
  if (turn.state.officerAccepted) return [reply([t(turn.language, "handoff.already")])];
  const reason = turn.state.lastIntent && turn.state.lastIntent !== "human_agent" ? turn.state.lastIntent : "human_agent";
  return [offerOfficer(turn, reason, "offer.consent")];
}
