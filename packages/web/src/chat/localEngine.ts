/**
 * The assistant on the phone: the classifier (@safetravel/nlu) and the dialogue
 * (@safetravel/assistant) over the bundled directory. Built once per page, in the assistant's Web
 * Worker (engineWorker.ts; in this thread only where there is no worker, see engine.ts): training
 * takes about half a second on a laptop and several on a cheap phone.
 */
import { type ConversationState, respond, startConversation, t } from "@safetravel/assistant";
import { type Directory, loadDirectory } from "@safetravel/directory";
import { type Classifier, createClassifierSync } from "@safetravel/nlu";
import { pinnedFrom } from "./actions";
import type { Answer, ChatReply } from "./types";

export interface LocalEngine {
  start(init: { country?: string | null; city?: string | null; language?: "id" | "en" }): {
    state: ConversationState;
    replies: ChatReply[];
  };
  respond(state: ConversationState, text: string): { state: ConversationState; answer: Answer };
  /** Milliseconds the classifier took to train on this phone. */
  trainMs: number;
}

export function createLocalEngine(): LocalEngine {
  const t0 = performance.now();
  const directory: Directory = loadDirectory();
  const classifier: Classifier = createClassifierSync();
  const trainMs = Math.round(performance.now() - t0);
  return {
    trainMs,
    start(init) {
      return startConversation(init, directory);
    },
    respond(state, text) {
      const understanding = classifier.classify(text);
      const result = respond(state, understanding, directory, { text });
      let replies: ChatReply[] = result.replies;
      if (result.handoff) {
        // Offline nobody has been told yet: the screen asks her consent to send it later instead.
        const told = t(result.state.language, "handoff.accepted");
        replies = replies.filter((r) => r.text !== told);
      }
      const answer: Answer = {
        intent: understanding.intent,
        danger: understanding.danger || result.state.danger,
        replies,
        pinned: result.actions ?? (understanding.danger ? pinnedFrom(replies) : []),
        source: "local",
        language: result.state.language,
      };
      if (result.handoff) answer.handoff = result.handoff;
      return { state: result.state, answer };
    },
  };
}
