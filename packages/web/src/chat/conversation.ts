/** The message list: a pure reducer over what she sent, what the assistant answered, and notices. */
import { mergePinned } from "./actions";
import type { Answer, ChatAction, Source } from "./types";

export type Tone = "info" | "ok" | "warn" | "error";

export type ChatMessage =
  | { id: number; from: "me"; text: string }
  | { id: number; from: "bot"; text: string; actions: ChatAction[]; source: Source; language?: "id" | "en" | "jv" }
  | { id: number; from: "notice"; text: string; tone: Tone; actions?: ChatAction[] };

export interface ConversationView {
  messages: ChatMessage[];
  /** Call/SMS buttons pinned above the chat once danger was seen. */
  pinned: ChatAction[];
  /** A danger message was seen. */
  danger: boolean;
  /** The server opened a case for an officer. */
  caseOpen: boolean;
  nextId: number;
}

export type ConversationEvent =
  | { type: "sent"; text: string }
  | { type: "answered"; answer: Answer }
  | { type: "greeted"; replies: Answer["replies"]; source: Source; language?: "id" | "en" | "jv" }
  | { type: "notice"; text: string; tone: Tone; actions?: ChatAction[] }
  | { type: "caseOpened" }
  | { type: "restore"; view: ConversationView }
  | { type: "clear" };

export const emptyConversation: ConversationView = { messages: [], pinned: [], danger: false, caseOpen: false, nextId: 1 };

/** At most this many messages are kept in memory (oldest go first); a chat never needs more. */
export const MAX_MESSAGES = 300;

type NewMessage = ChatMessage extends infer M ? (M extends ChatMessage ? Omit<M, "id"> : never) : never;

function push(view: ConversationView, items: NewMessage[]): ConversationView {
  let id = view.nextId;
  const added = items.map((m) => ({ ...m, id: id++ }) as ChatMessage);
  const messages = [...view.messages, ...added];
  return { ...view, messages: messages.slice(-MAX_MESSAGES), nextId: id };
}

export function conversationReducer(view: ConversationView, event: ConversationEvent): ConversationView {
  switch (event.type) {
    case "sent":
      return push(view, [{ from: "me", text: event.text }]);
    case "greeted":
      return push(
        view,
        event.replies.map((r) => ({ from: "bot", text: r.text, actions: r.actions, source: event.source, language: event.language })),
      );
    case "answered": {
      const a = event.answer;
      const next = push(
        view,
        a.replies.map((r) => ({ from: "bot", text: r.text, actions: r.actions, source: a.source, language: a.language })),
      );
      return {
        ...next,
        danger: view.danger || a.danger,
        pinned: a.pinned.length ? mergePinned(view.pinned, a.pinned) : view.pinned,
        caseOpen: view.caseOpen || Boolean(a.caseId),
      };
    }
    case "notice":
      return push(view, [{ from: "notice", text: event.text, tone: event.tone, ...(event.actions ? { actions: event.actions } : {}) }]);
    case "caseOpened":
      return { ...view, caseOpen: true };
    case "restore":
      return isConversationView(event.view) ? event.view : view;
    case "clear":
      return emptyConversation;
  }
}

/** True for a value that has the shape of a saved conversation (what comes back from storage). */
export function isConversationView(v: unknown): v is ConversationView {
  if (!v || typeof v !== "object") return false;
  const o = v as Record<string, unknown>;
  return (
    Array.isArray(o.messages) &&
    Array.isArray(o.pinned) &&
    typeof o.nextId === "number" &&
    typeof o.danger === "boolean" &&
    typeof o.caseOpen === "boolean" &&
    o.messages.every((m) => m && typeof m === "object" && typeof (m as { text?: unknown }).text === "string")
  );
}
