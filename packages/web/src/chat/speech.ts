/** Reading replies aloud (speechSynthesis) and speaking instead of typing (SpeechRecognition), where the phone has them. */

export type SpeechLang = "id-ID" | "en-US" | "jv-ID";

const EN_WORDS = new Set(["the", "you", "your", "to", "is", "are", "and", "if", "can", "call", "here", "this", "for", "with", "what", "now"]);
const ID_WORDS = new Set(["yang", "dan", "di", "ke", "kamu", "anda", "untuk", "ini", "itu", "bisa", "telepon", "dengan", "kalau", "sini", "aku", "tidak"]);

/** The language to read a reply in: the dialogue's when known, otherwise a guess from its words. */
export function replyLang(text: string, known?: "id" | "en" | "jv"): SpeechLang {
  if (known === "en") return "en-US";
  if (known === "id" || known === "jv") return "id-ID"; // phones rarely have a Javanese voice; Indonesian reads it well
  let en = 0;
  let id = 0;
  for (const w of text.toLowerCase().split(/[^a-z]+/)) {
    if (EN_WORDS.has(w)) en++;
    else if (ID_WORDS.has(w)) id++;
  }
  return en > id ? "en-US" : "id-ID";
}

/** The best voice for a language: exact match, then same language ("in" is Android's old code for Indonesian). */
export function pickVoice<V extends { lang: string; localService?: boolean }>(voices: readonly V[], lang: SpeechLang): V | undefined {
  const norm = (l: string) => l.replace("_", "-").toLowerCase().replace(/^in-/, "id-").replace(/^in$/, "id");
  const want = lang.toLowerCase();
  const base = want.split("-")[0];
  return (
    voices.find((v) => norm(v.lang) === want && v.localService) ??
    voices.find((v) => norm(v.lang) === want) ??
    voices.find((v) => norm(v.lang).split("-")[0] === base)
  );
}

/** Text as it should be read: numbers digit by digit so that "+85221579537" is read as a number to dial. */
export function speakable(text: string): string {
  return text.replace(/\+?\d[\d\s-]{5,}\d/g, (num) => num.replace(/[\s-]/g, "").split("").join(" "));
}

export function canSpeak(): boolean {
  return typeof window !== "undefined" && "speechSynthesis" in window && typeof window.SpeechSynthesisUtterance === "function";
}

export function speak(text: string, lang: SpeechLang, onEnd?: () => void): void {
  if (!canSpeak()) return;
  const synth = window.speechSynthesis;
  synth.cancel();
  const u = new SpeechSynthesisUtterance(speakable(text));
  u.lang = lang;
  const voice = pickVoice(synth.getVoices(), lang);
  if (voice) {
    try {
      u.voice = voice;
    } catch {
      // lang alone still picks a voice
    }
  }
  u.rate = 0.95;
  if (onEnd) {
    u.onend = onEnd;
    u.onerror = onEnd;
  }
  synth.speak(u);
}

export function stopSpeaking(): void {
  if (canSpeak()) window.speechSynthesis.cancel();
}

/** The few members of SpeechRecognition we use (not in TypeScript's DOM types). */
export interface Recognition {
  lang: string;
  interimResults: boolean;
  maxAlternatives: number;
  continuous: boolean;
  onresult: ((e: { results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }> }) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

type RecognitionCtor = new () => Recognition;

export function recognitionConstructor(): RecognitionCtor | null {
  if (typeof window === "undefined") return null;
  const w = window as unknown as { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

export function canListen(): boolean {
  return recognitionConstructor() !== null;
}
