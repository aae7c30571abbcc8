import type { Language } from "@safetravel/nlu";
import type { ReplyLanguage } from "./state.js";

/** The language to answer in: hers where we have it, Indonesian for Malay and Sundanese, the last one when undetermined. */
export function replyLanguage(written: Language, previous: ReplyLanguage): ReplyLanguage {
  switch (written) {
    case "en":
      return "en";
    case "jv":
      return "jv";
    case "und":
      return previous;
    default:
      return "id";
  }
}
