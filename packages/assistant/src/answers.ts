import { fold } from "@safetravel/directory";

const YES = new Set(["ya", "iya", "iyaa", "yaa", "y", "yes", "yup", "yess", "mau", "boleh", "ok", "oke", "okay", "okey", "baik", "setuju", "nggih", "inggih", "iyo", "yo", "gelem", "purun"]);
const NO = new Set(["tidak", "tdk", "gak", "ga", "gk", "nggak", "ngga", "enggak", "engga", "no", "nope", "jangan", "nanti", "mboten", "ora", "emoh", "not"]);

function firstWord(text: string): string {
  return fold(text).split(" ")[0] ?? "";
}

/** She answered yes ("ya", "iya", "mau", "yes", "nggih", or a quick reply starting with one of them). */
export function isYes(text: string | undefined): boolean {
  return text !== undefined && YES.has(firstWord(text));
}

/** She answered no ("tidak", "gak", "no", "nanti", "mboten", "Tidak sekarang", "Not now"). */
export function isNo(text: string | undefined): boolean {
  return text !== undefined && NO.has(firstWord(text));
}
