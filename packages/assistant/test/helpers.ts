import { type Directory, dialString, loadDirectory } from "@safetravel/directory";
import type { Intent, Understanding } from "@safetravel/nlu";
import { type ConversationState, initialState, type RespondResult, respond } from "../src/index.js";

export const directory: Directory = loadDirectory();
export const NOW = 1_800_000_000_000;

export function understood(intent: Intent, extra: Partial<Understanding> = {}): Understanding {
  return { intent, confidence: 0.9, danger: false, language: "id", ...extra };
}

export function stateIn(country: string | null, city: string | null = null, language: "id" | "en" | "jv" = "id"): ConversationState {
  return initialState({ country, city, language }, NOW);
}

export function say(state: ConversationState, understanding: Understanding, text?: string, now = NOW + 1000): RespondResult {
  return respond(state, understanding, directory, text === undefined ? { now } : { now, text });
}

export function allActions(result: RespondResult) {
  return result.replies.flatMap((r) => r.actions);
}

export function allText(result: RespondResult): string {
  return result.replies.map((r) => r.text).join("\n");
}

/** Every number the directory can hand out, in dialling form. */
export function directoryNumbers(): Set<string> {
  const numbers = new Set<string>();
  for (const entry of directory.entries({})) for (const phone of entry.phones) numbers.add(dialString(phone.number));
  for (const { code } of directory.countries()) {
    const e = directory.emergency(code);
    if (!e) continue;
    for (const n of [e.police, e.ambulance, e.fire, ...Object.values(e.other)]) if (n) numbers.add(dialString(n));
  }
  return numbers;
}

export const KEMLU = "+6281290070027";
