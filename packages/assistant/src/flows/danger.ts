/**
 * Danger now: the first reply gives the local emergency numbers and her mission's hotline as call
 * buttons, before asking anything. Then what to do if she cannot speak, then the offer of an officer.
 */
import type { Intent } from "@safetravel/nlu";
import { uniqueActions, whatsappAction } from "../actions.js";
import { kemluBlock, missionBlock, shortName } from "../contacts.js";
import { emergencyBlock, policeNumbersByCountry, policeSms } from "../emergency.js";
import { t } from "../messages.js";
import type { Reply } from "../types.js";
import { askCountry, offerOfficer, reply, type Turn } from "./turn.js";

/** The numbers to call now, as one reply: local police/ambulance and the mission (or Kemlu when the country is unknown). */
export function dangerNumbers(turn: Turn): Reply {
  const { language, directory, state } = turn;
  if (state.country === null) {
    const kemlu = kemluBlock(language, directory);
    return reply(
      [t(language, "danger.noCountry", { list: policeNumbersByCountry(language, directory) }), ...kemlu.lines],
      kemlu.actions,
    );
  }
  const local = emergencyBlock(language, directory.emergency(state.country));
  const mission = directory.missionFor(state.country, state.city ?? undefined);
  const missionLines = mission ? missionBlock(language, mission) : kemluBlock(language, directory);
  return reply([...local.lines, ...missionLines.lines], uniqueActions([...local.actions, ...missionLines.actions]));
}

/** If she cannot speak: police SMS where the data has it, else WhatsApp to the mission hotline, else keep writing here; then move to safety. */
function cannotSpeak(turn: Turn): Reply {
  const { language, directory, state } = turn;
  const safety = t(language, "danger.safety");
  if (state.country !== null) {
    const sms = policeSms(language, directory.emergency(state.country));
    if (sms) return reply([...sms.lines, safety], sms.actions);
    const mission = directory.missionFor(state.country, state.city ?? undefined);
    const whatsapp = mission?.phones.find((phone) => phone.whatsapp === true);
    if (mission && whatsapp && mission.phonesFrom === null) {
      const name = shortName(mission);
      return reply(
        [t(language, "danger.cannotSpeakWhatsapp", { mission: name, number: whatsapp.number }), safety],
        [whatsappAction(t(language, "label.whatsapp", { name }), whatsapp.number)],
      );
    }
  }
  return reply([t(language, "danger.cannotSpeakChat"), safety]);
}

export function dangerFlow(turn: Turn, reason: Intent): Reply[] {
  turn.state.danger = true;
  const replies = [dangerNumbers(turn), cannotSpeak(turn)];
  if (turn.state.country === null && turn.state.counters.countryAsked === 0) replies.push(askCountry(turn, "emergency"));
  if (!turn.state.officerAccepted) replies.push(offerOfficer(turn, reason, "offer.officerNow"));
  return replies;
}
