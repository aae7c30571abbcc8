/** Greeting, thanks, goodbye, money (→ Juang), and "I didn't understand" with a short menu. */
import { linkAction, quickReply } from "../actions.js";
import { callPoliceAction } from "../emergency.js";
import { type MessageKey, t } from "../messages.js";
import type { Reply } from "../types.js";
import { offerOfficer, reply, type Turn } from "./turn.js";

export const JUANG_PATH = "/juang";

const MENU: MessageKey[] = ["menu.danger", "menu.abuse", "menu.wage", "menu.passport", "menu.embassy", "menu.officer", "menu.money"];

export function menuActions(turn: Turn) {
  return MENU.map((key) => quickReply(t(turn.language, key)));
}

export function greetingFlow(turn: Turn): Reply[] {
  return [reply([t(turn.language, "greeting")], menuActions(turn))];
}

export function thanksFlow(turn: Turn): Reply[] {
  return [reply([t(turn.language, "thanks")])];
}

/** Goodbye, with the police number one tap away when her country is known. */
export function goodbyeFlow(turn: Turn): Reply[] {
  const { state, directory, language } = turn;
  const police = state.country ? callPoliceAction(language, directory.emergency(state.country)) : [];
  return [reply([t(language, "goodbye")], police)];
}

export function financeFlow(turn: Turn): Reply[] {
  return [reply([t(turn.language, "finance.juang")], [linkAction(t(turn.language, "label.juang"), JUANG_PATH)])];
}

/** Not understood: say so kindly and offer the menu; after twice in a row, offer an officer too. */
export function notUnderstoodFlow(turn: Turn): Reply[] {
  const replies = [reply([t(turn.language, "notUnderstood")], menuActions(turn))];
  if (turn.state.counters.notUnderstood >= 2 && !turn.state.officerAccepted && !turn.state.officerOffered) {
    replies.push(offerOfficer(turn, "out_of_scope"));
  }
  return replies;
}
