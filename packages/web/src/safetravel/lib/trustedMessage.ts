import type { AlertLocation } from "./alertQueue";

export type Lang = "id" | "en";

export interface TrustedMessageInput {
  lang: Lang;
  location?: AlertLocation | null;
  /** Country name where she is, if chosen. */
  countryName?: string | null;
  /** Mission hotline to pass on, if known. */
  missionPhone?: string | null;
}

export function mapsLink(loc: AlertLocation): string {
  return `https://maps.google.com/?q=${loc.lat.toFixed(6)},${loc.lon.toFixed(6)}`;
}

/** The ready message for a trusted contact, in her language. */
export function buildTrustedMessage(input: TrustedMessageInput): string {
  const { lang, location, countryName, missionPhone } = input;
  const parts: string[] = [];
  if (lang === "en") {
    parts.push("I need help. Please call me or contact the Indonesian embassy/consulate for me.");
    if (countryName) parts.push(`I am in ${countryName}.`);
    if (location) parts.push(`My location: ${mapsLink(location)}`);
    if (missionPhone) parts.push(`Indonesian mission hotline: ${missionPhone}`);
  } else {
    parts.push("Saya butuh bantuan. Tolong telepon saya atau hubungi KBRI/KJRI untuk saya.");
    if (countryName) parts.push(`Saya di ${countryName}.`);
    if (location) parts.push(`Lokasi saya: ${mapsLink(location)}`);
    if (missionPhone) parts.push(`Hotline perwakilan RI: ${missionPhone}`);
  }
  return parts.join("\n");
}

export function smsHref(body: string): string {
  return `sms:?body=${encodeURIComponent(body)}`;
}

export function whatsappShareHref(body: string): string {
  return `https://wa.me/?text=${encodeURIComponent(body)}`;
}
