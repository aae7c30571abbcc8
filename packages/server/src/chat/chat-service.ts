import { type ConversationState, conversationStateSchema, respond, startConversation } from "@safetravel/assistant";
import type { Directory } from "@safetravel/directory";
import type { Classifier } from "@safetravel/nlu";
import type { ChatStore } from "./chat-store";

interface Reply {
  text: string;
  actions: { kind: "call" | "whatsapp" | "sms" | "link" | "reply"; label: string; value: string }[];
}

export interface ChatAnswer {
  intent: string;
  danger: boolean;
  replies: Reply[];
  caseId?: string;
}

/** One conversation turn: understand, answer, remember (no text unless a case is open). */
export function chatService(store: ChatStore, classifier: Classifier, directory: Directory) {
  return {
    async start(options: { country?: string | undefined; city?: string | undefined; language?: "id" | "en" | undefined }) {
      const { state, replies } = startConversation(
        { country: options.country ?? null, city: options.city ?? null, language: options.language ?? "id" },
        directory,
        { now: Date.now() },
      );
      const { id, token } = await store.create(state);
      return { id, token, replies };
    },

    async message(
      id: string,
      token: string,
      text: string,
    ): Promise<{ ok: true; answer: ChatAnswer } | { ok: false; reason: "not_found" | "wrong_token" }> {
      const session = await store.open(id, token);
      if (!session.found) return { ok: false, reason: session.reason };
      const state: ConversationState = conversationStateSchema.parse(session.state);
      const understanding = classifier.classify(text);
      const result = respond(state, understanding, directory, { now: Date.now(), text });
      const caseId = await store.saveTurn({
        sessionId: id,
        state: result.state,
        caseId: session.caseId,
        expiresAt: session.expiresAt,
        handoff: result.handoff,
        workerText: text,
        replyTexts: result.replies.map((r) => r.text),
      });
      return {
        ok: true,
        answer: {
          intent: understanding.intent,
          danger: understanding.danger,
          replies: result.replies,
          ...(caseId ? { caseId } : {}),
        },
      };
    },
  };
}

export type ChatService = ReturnType<typeof chatService>;
