import { z } from "zod";
import { INTENT_IDS } from "./intents.js";

export const REPLY_LANGUAGES = ["id", "en", "jv"] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

/**
 * What the assistant remembers between messages. No message text, ever: only where she is, the
 * language, what was last asked or offered, and counters. JSON-serialisable; the server validates
 * stored state with this schema.
 */
export const conversationStateSchema = z.object({
  version: z.literal(1),
  /** ISO 3166-1 alpha-2 of the country she is in, when known. */
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  city: z.string().max(80).nullable(),
  language: z.enum(REPLY_LANGUAGES),
  lastIntent: z.enum(INTENT_IDS).nullable(),
  /** The problem to answer once she says which country she is in. */
  pendingIntent: z.enum(INTENT_IDS).nullable(),
  /** The question the last answer asked, if any. */
  asked: z.enum(["country", "officer"]).nullable(),
  /** An officer was offered and she has not answered yet. */
  officerOffered: z.boolean(),
  /** The intent the offer was about: the hand-off's reason if she says yes. */
  offerReason: z.enum(INTENT_IDS).nullable(),
  /** She said yes to an officer; a hand-off was requested. */
  officerAccepted: z.boolean(),
  /** A danger message was seen in this conversation. */
  danger: z.boolean(),
  counters: z.object({
    turns: z.number().int().nonnegative(),
    notUnderstood: z.number().int().nonnegative(),
    countryAsked: z.number().int().nonnegative(),
  }),
  /** Milliseconds since the epoch of the last message; an old offer expires. */
  updatedAt: z.number().nonnegative(),
});
export type ConversationState = z.infer<typeof conversationStateSchema>;

export function initialState(
  init: { country?: string | null; city?: string | null; language?: ReplyLanguage } = {},
  now = 0,
): ConversationState {
  return {
    version: 1,
    country: init.country ? init.country.toUpperCase() : null,
    city: init.city ?? null,
    language: init.language ?? "id",
    lastIntent: null,
    pendingIntent: null,
    asked: null,
    officerOffered: false,
    offerReason: null,
    officerAccepted: false,
    danger: false,
    counters: { turns: 0, notUnderstood: 0, countryAsked: 0 },
    updatedAt: now,
  };
}
