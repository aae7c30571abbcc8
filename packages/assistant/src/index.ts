export { respond, CONFIDENCE_THRESHOLD, OFFER_EXPIRES_MS, type RespondOptions, type RespondResult } from "./respond.js";
export { startConversation, type StartOptions } from "./start.js";
export {
  conversationStateSchema,
  initialState,
  REPLY_LANGUAGES,
  type ConversationState,
  type ReplyLanguage,
} from "./state.js";
export { ACTION_KINDS, type Action, type ActionKind, type HandoffRequest, type Reply } from "./types.js";
export { MESSAGES, t, type MessageKey } from "./messages.js";
export { JUANG_PATH } from "./flows/small-talk.js";
export { LAPOR_DIRI_PATH } from "./flows/embassy.js";
export { INTENT_IDS } from "./intents.js";
