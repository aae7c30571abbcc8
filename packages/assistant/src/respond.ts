/** The dialogue: (state, what the message means, directory) → replies, buttons, next state, hand-off. */
import type { Directory } from "@safetravel/directory";
import type { Intent, Understanding } from "@safetravel/nlu";
import { uniqueActions } from "./actions.js";
import { isNo, isYes } from "./answers.js";
import { kemluBlock } from "./contacts.js";
import { dangerFlow } from "./flows/danger.js";
import { embassyFlow } from "./flows/embassy.js";
import { acceptHandoff, askHandoffConsent, declineHandoff, handoffRequest } from "./flows/handoff.js";
import { problemFlow } from "./flows/problem.js";
import { selfHarmFlow } from "./flows/self-harm.js";
import { financeFlow, goodbyeFlow, greetingFlow, notUnderstoodFlow, thanksFlow } from "./flows/small-talk.js";
import { reply, type Turn } from "./flows/turn.js";
import { isProblemIntent } from "./intents.js";
import { replyLanguage } from "./language.js";
import { t } from "./messages.js";
import { updatePlace } from "./place.js";
import { type ConversationState, conversationStateSchema } from "./state.js";
import type { Action, HandoffRequest, Reply } from "./types.js";

/** Below this confidence (and without danger) the message counts as not understood. */
export const CONFIDENCE_THRESHOLD = 0.5;

/** An unanswered question or offer older than this is forgotten. */
export const OFFER_EXPIRES_MS = 12 * 60 * 60 * 1000;

export interface RespondOptions {
  /** Milliseconds since the epoch; defaults to Date.now(). */
  now?: number;
  /**
   * The message as written, used only in this call to read a bare "ya"/"yes"/"mau" or "tidak"
   * after a question, and a country name after "which country?". Never stored.
   */
  text?: string;
}

export interface RespondResult {
  replies: Reply[];
  /** In danger: the call/SMS buttons to keep pinned above the chat. */
  actions?: Action[];
  state: ConversationState;
  /** Present only after she said yes to an officer (or, after that yes, when danger comes up). */
  handoff?: HandoffRequest;
}

const SMALL_TALK: readonly Intent[] = ["greeting", "thanks", "goodbye", "out_of_scope"];

function answerIntent(turn: Turn, intent: Intent): Reply[] {
  if (isProblemIntent(intent)) return problemFlow(turn, intent);
  switch (intent) {
    case "emergency":
      return dangerFlow(turn, "emergency");
    case "self_harm":
      return selfHarmFlow(turn);
    case "contact_embassy":
      return embassyFlow(turn);
    case "human_agent":
      return askHandoffConsent(turn);
    case "finance":
      return financeFlow(turn);
    case "greeting":
      return greetingFlow(turn);
    case "thanks":
      return thanksFlow(turn);
    case "goodbye":
      return goodbyeFlow(turn);
    default:
      return notUnderstoodFlow(turn);
  }
}

export function respond(
  state: ConversationState,
  understanding: Understanding,
  directory: Directory,
  options: RespondOptions = {},
): RespondResult {
  const now = options.now ?? Date.now();
  const draft: ConversationState = structuredClone(conversationStateSchema.parse(state));
  if (now - draft.updatedAt > OFFER_EXPIRES_MS) {
    draft.asked = null;
    draft.pendingIntent = null;
    draft.officerOffered = false;
    draft.offerReason = null;
  }
  draft.updatedAt = now;
  draft.counters.turns += 1;
  draft.language = replyLanguage(understanding.language, draft.language);
  const turn: Turn = { language: draft.language, directory, state: draft };

  const { intent } = understanding;
  const confident = understanding.confidence >= CONFIDENCE_THRESHOLD;
  const selfHarm = intent === "self_harm" && (confident || understanding.danger);
  const danger = understanding.danger || (intent === "emergency" && confident) || selfHarm;
  const askedCountry = draft.asked === "country";
  const place = updatePlace(draft, understanding, directory, options.text);
  const pending = draft.pendingIntent;
  if (draft.asked === "country" && place !== "none") draft.asked = null;
  if (draft.asked === "officer") draft.asked = null;
  if (place !== "none") draft.pendingIntent = null;

  let replies: Reply[];
  let handoff: HandoffRequest | undefined;
  const wasAccepted = draft.officerAccepted;
  if (draft.officerOffered && (isYes(options.text) || intent === "human_agent")) {
    if (danger) draft.danger = true;
    ({ replies, handoff } = acceptHandoff(turn));
  } else if (draft.officerOffered && isNo(options.text) && !danger) {
    replies = declineHandoff(turn);
  } else if (selfHarm) {
    replies = selfHarmFlow(turn);
  } else if (danger) {
    replies = dangerFlow(turn, intent === "emergency" || !confident ? "emergency" : intent);
  } else if (askedCountry && place === "set" && pending && (!confident || SMALL_TALK.includes(intent))) {
    replies = answerIntent(turn, pending);
  } else if (askedCountry && place === "unknown-country") {
    const kemlu = kemluBlock(turn.language, directory);
    replies = [reply([t(turn.language, "country.notInDirectory"), ...kemlu.lines], kemlu.actions)];
  } else if (!confident) {
    draft.counters.notUnderstood += 1;
    replies = notUnderstoodFlow(turn);
  } else {
    replies = answerIntent(turn, intent);
  }
  if (confident || danger) draft.counters.notUnderstood = 0;
  if (danger && wasAccepted && !handoff) handoff = handoffRequest(turn, selfHarm ? "self_harm" : intent);
  if (confident || danger) draft.lastIntent = selfHarm ? "self_harm" : danger && !confident ? "emergency" : intent;

  const result: RespondResult = { replies, state: draft };
  if (draft.danger && (danger || handoff?.danger)) {
    const pinned = uniqueActions(replies.flatMap((r) => r.actions).filter((a) => a.kind === "call" || a.kind === "sms"));
    if (pinned.length > 0) result.actions = pinned;
  }
  if (handoff) result.handoff = handoff;
  return result;
}
