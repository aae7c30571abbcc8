/** contact_embassy: the mission card (name, address, hotlines, date checked) and a link to lapor diri. */
import { callAction, linkAction, uniqueActions, whatsappAction } from "../actions.js";
import { kemluBlock, shortName } from "../contacts.js";
import { t } from "../messages.js";
import type { Reply } from "../types.js";
import { askCountry, offerOfficer, reply, shouldAskCountry, type Turn } from "./turn.js";

export const LAPOR_DIRI_PATH = "/lapor-diri";

function missionCard(turn: Turn): Reply {
  const { language, directory, state } = turn;
  const mission = state.country ? directory.missionFor(state.country, state.city ?? undefined) : undefined;
  if (!mission) {
    const kemlu = kemluBlock(language, directory);
    return reply([t(language, "country.notInDirectory"), ...kemlu.lines], kemlu.actions);
  }
  const name = shortName(mission);
  const phones = mission.phones.slice(0, 3);
  const numberLines =
    mission.phonesFrom === null
      ? phones.map((phone) => `☎ ${phone.number}${phone.whatsapp === true ? " (WhatsApp)" : ""}`)
      : [t(language, "mission.noNumber", { mission: name, number: phones[0]?.number ?? "" })];
  const whatsapp = mission.phonesFrom === null ? mission.phones.find((phone) => phone.whatsapp === true) : undefined;
  const callLabel = mission.phonesFrom === null ? t(language, "label.call", { name }) : t(language, "label.kemlu");
  return reply(
    [
      mission.name,
      mission.address ? t(language, "embassy.address", { address: mission.address }) : t(language, "embassy.noAddress"),
      ...numberLines,
      mission.checked ? t(language, "embassy.checked", { checked: mission.checked }) : undefined,
    ],
    uniqueActions([
      ...phones.slice(0, 2).map((phone) => callAction(callLabel, phone.number)),
      ...(whatsapp ? [whatsappAction(t(language, "label.whatsapp", { name }), whatsapp.number)] : []),
    ]),
  );
}

export function embassyFlow(turn: Turn): Reply[] {
  const { language, state } = turn;
  if (state.country === null) {
    if (shouldAskCountry(turn)) return [askCountry(turn, "contact_embassy")];
    const kemlu = kemluBlock(language, turn.directory);
    return [reply([t(language, "country.unknown"), ...kemlu.lines, t(language, "country.tellMe")], kemlu.actions)];
  }
  const replies = [
    missionCard(turn),
    reply([t(language, "embassy.laporDiri")], [linkAction(t(language, "label.laporDiri"), LAPOR_DIRI_PATH)]),
  ];
  if (!state.officerAccepted) replies.push(offerOfficer(turn, "contact_embassy"));
  return replies;
}
