/** Thoughts of suicide or self-harm: kind words, a line that can help now, the mission, and a person. */
import { callAction, uniqueActions } from "../actions.js";
import { crisisLines, kemluBlock, missionBlock, referralBlock } from "../contacts.js";
import { ambulanceNumber } from "../emergency.js";
import { t } from "../messages.js";
import type { Reply } from "../types.js";
import { askCountry, offerOfficer, reply, shouldAskCountry, type Turn } from "./turn.js";

export function selfHarmFlow(turn: Turn): Reply[] {
  const { language, directory, state } = turn;
  state.danger = true;
  const replies: Reply[] = [reply([t(language, "selfHarm.open")])];

  if (state.country === null) {
    const kemlu = kemluBlock(language, directory);
    replies.push(reply(kemlu.lines, kemlu.actions));
    if (shouldAskCountry(turn)) replies.push(askCountry(turn, "self_harm"));
  } else {
    const urgent = ambulanceNumber(directory.emergency(state.country));
    const crisis = referralBlock(language, crisisLines(directory, state.country), state.country);
    const mission = directory.missionFor(state.country, state.city ?? undefined);
    const missionLines = mission ? missionBlock(language, mission) : kemluBlock(language, directory);
    replies.push(
      reply(
        [
          urgent ? t(language, "selfHarm.urgent", { number: urgent }) : undefined,
          ...(crisis.lines.length > 0 ? [t(language, "selfHarm.crisisLine"), ...crisis.lines] : []),
          ...missionLines.lines,
        ],
        uniqueActions([
          ...(urgent ? [callAction(t(language, "label.ambulance", { number: urgent }), urgent)] : []),
          ...crisis.actions,
          ...missionLines.actions,
        ]),
      ),
    );
  }
  if (!state.officerAccepted) replies.push(offerOfficer(turn, "self_harm", "selfHarm.person"));
  return replies;
}
