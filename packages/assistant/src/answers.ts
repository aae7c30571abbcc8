import { fold } from "@safetravel/directory";

const YES = new Set(["ya", "iya", "iyaa", "yaa", "y", "yes", "yup", "yess", "mau", "boleh", "ok", "oke", "okay", "okey", "baik", "setuju", "nggih", "inggih", "iyo", "yo", "gelem", "purun"]);
const NO = new Set(["tidak", "tdk", "gak", "ga", "gk", "nggak", "ngga", "enggak", "engga", "no", "nope", "jangan", "nanti", "mboten", "ora", "emoh", "not"]);

/** Words that may follow a yes or a no without making it a new message ("iya kak, hubungi petugas"). */
const FILLER = new Set(
  `ya iya mau yes ok oke boleh please pls plis tolong dong deh aja saja sih kak kakak mbak mba sis min admin bu pak mas
  saya aku sy aq me i hubungi hubungkan sambungkan alert an officer petugas orang someone person connect talk to with
  sama dengan bicara ngobrol sekarang now dulu not thanks thank you makasih terima kasih nggih monggo usah perlu need`.split(/\s+/),
);

/** The answer is its first word, and the rest (if any) only filler: "mau pulang" is a new message, not a yes. */
function answerWord(text: string): string | undefined {
  const [first, ...rest] = fold(text).split(" ").filter(Boolean);
  return first !== undefined && rest.every((w) => FILLER.has(w) || YES.has(w) || NO.has(w)) ? first : undefined;
}

/** She answered yes ("ya", "iya", "mau", "yes", "nggih", "Ya, hubungi petugas"). */
export function isYes(text: string | undefined): boolean {
  const word = text === undefined ? undefined : answerWord(text);
  return word !== undefined && YES.has(word);
}

/** She answered no ("tidak", "gak", "no", "nanti", "mboten", "Tidak sekarang", "Not now"). */
export function isNo(text: string | undefined): boolean {
  const word = text === undefined ? undefined : answerWord(text);
  return word !== undefined && NO.has(word);
}
