/** The labels of ../shared/spec/chatbot-intents.md, most urgent first. */
export const INTENTS = [
  "emergency",
  "self_harm",
  "physical_abuse",
  "sexual_abuse",
  "psychological_abuse",
  "trafficking",
  "confinement",
  "document_held",
  "wage_issue",
  "overwork",
  "health",
  "legal_status",
  "agency_issue",
  "go_home",
  "contact_embassy",
  "human_agent",
  "finance",
  "greeting",
  "thanks",
  "goodbye",
  "out_of_scope",
] as const;

export type Intent = (typeof INTENTS)[number];

export const LANGUAGES = ["id", "en", "jv", "su", "ms", "und"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the person says she is, when the message names a place ("sy di hongkong", "kerja di riyadh"). */
export interface Place {
  /** ISO 3166-1 alpha-2 code of the destination country. */
  country: string;
  /** City as written in the directory ("Riyadh", "Kuala Lumpur"), when one was named. */
  city?: string;
}

/** What the assistant knows of one message. */
export interface Understanding {
  intent: Intent;
  /** In [0, 1]. */
  confidence: number;
  /** Risk to life or safety now (spec: every emergency and self_harm, and harm happening at this moment). */
  danger: boolean;
  language: Language;
  /** Second most likely intent when the message names several problems. */
  alternatives?: { intent: Intent; confidence: number }[];
  /** A place named in the message, if any. */
  place?: Place;
  /** Which layer raised the danger flag (for evaluation; absent when `danger` is false). */
  dangerBy?: DangerSource;
}

/**
 * `pattern`: an explicit danger pattern; `intent`: the intent is emergency or self_harm;
 * `fear`: abuse, confinement or trafficking with fear of what comes next; `second`: a close
 * emergency/self-harm second reading; `model`: the danger model.
 */
export type DangerSource = "pattern" | "intent" | "fear" | "second" | "model";
