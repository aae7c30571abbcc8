/** The shapes the chat screen works with: the same as the API's (and the assistant's) replies. */
export type ActionKind = "call" | "whatsapp" | "sms" | "link" | "reply";

export interface ChatAction {
  kind: ActionKind;
  label: string;
  value: string;
}

export interface ChatReply {
  text: string;
  actions: ChatAction[];
}

/** Where an answer came from: the server, or the classifier and dialogue running on the phone. */
export type Source = "server" | "local";

/** The assistant's answer to one message, whichever side produced it. */
export interface Answer {
  intent: string;
  danger: boolean;
  replies: ChatReply[];
  /** Buttons to pin above the chat (danger). */
  pinned: ChatAction[];
  /** Set once the server opened a case for an officer. */
  caseId?: string;
  source: Source;
  /** Only local: she accepted an officer while offline (ask her consent to send it later). */
  handoff?: { reason: string; danger: boolean; country?: string; city?: string };
  /** Only local: the language the dialogue answered in. */
  language?: "id" | "en" | "jv";
}
