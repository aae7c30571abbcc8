/** The local emergency numbers as lines and call buttons. */
import type { Directory, EmergencyNumbers } from "@safetravel/directory";
import { callAction, smsAction } from "./actions.js";
import type { Block } from "./contacts.js";
import { t } from "./messages.js";
import type { ReplyLanguage } from "./state.js";
import type { Action } from "./types.js";

export function emergencyBlock(language: ReplyLanguage, numbers: EmergencyNumbers | undefined): Block {
  if (!numbers?.police) return { lines: [], actions: [] };
  const lines = [t(language, "danger.callNow", { police: numbers.police })];
  const actions = [callAction(t(language, "label.police", { number: numbers.police }), numbers.police)];
  if (numbers.ambulance && numbers.ambulance !== numbers.police) {
    lines.push(t(language, "danger.ambulance", { ambulance: numbers.ambulance }));
    actions.push(callAction(t(language, "label.ambulance", { number: numbers.ambulance }), numbers.ambulance));
  }
  return { lines, actions };
}

/** The police SMS line for someone who cannot speak (Singapore's 71999), where the data has one. */
export function policeSms(language: ReplyLanguage, numbers: EmergencyNumbers | undefined): Block | undefined {
  const sms = numbers?.other.policeSmsWhenUnsafeToTalk;
  if (!sms) return undefined;
  return {
    lines: [t(language, "danger.cannotSpeakSms", { sms })],
    actions: [smsAction(t(language, "label.smsPolice", { number: sms }), sms)],
  };
}

/** "999 (Hong Kong, Malaysia, …), 110 (Taiwan, Jepang), …" from the directory, for when her country is unknown. */
export function policeNumbersByCountry(language: ReplyLanguage, directory: Directory): string {
  const groups = new Map<string, string[]>();
  for (const country of directory.countries()) {
    const police = directory.emergency(country.code)?.police;
    if (!police) continue;
    const names = groups.get(police) ?? [];
    names.push(language === "en" ? country.name : country.nameId);
    groups.set(police, names);
  }
  return [...groups].map(([number, names]) => `${number} (${names.join(", ")})`).join("; ");
}

/** The best ambulance (or, failing that, police) number to call for a medical emergency. */
export function ambulanceNumber(numbers: EmergencyNumbers | undefined): string | undefined {
  return numbers?.ambulance ?? numbers?.police ?? undefined;
}

export function callPoliceAction(language: ReplyLanguage, numbers: EmergencyNumbers | undefined): Action[] {
  return numbers?.police ? [callAction(t(language, "label.police", { number: numbers.police }), numbers.police)] : [];
}
