import { type Directory, loadDirectory } from "@safetravel/directory";
import type { Language } from "@safetravel/nlu";
import { uniqueActions } from "./actions.js";
import { kemluBlock, missionBlock } from "./contacts.js";
import { callPoliceAction } from "./emergency.js";
import { menuActions } from "./flows/small-talk.js";
import { reply, type Turn } from "./flows/turn.js";
import { replyLanguage } from "./language.js";
import { t } from "./messages.js";
import { type ConversationState, initialState } from "./state.js";
import type { Reply } from "./types.js";

export interface StartOptions {
  country?: string | null;
  city?: string | null;
  language?: Language | null;
}

/** The first state and the welcome: what the assistant can do, and the emergency buttons one tap away. */
export function startConversation(
  init: StartOptions = {},
  directory: Directory = loadDirectory(),
  options: { now?: number } = {},
): { state: ConversationState; replies: Reply[] } {
  const code = init.country?.toUpperCase();
  const known = code && code !== "ID" && directory.country(code) ? code : null;
  const state = initialState(
    { country: known, city: known ? (init.city ?? null) : null, language: replyLanguage(init.language ?? "id", "id") },
    options.now ?? Date.now(),
  );
  const turn: Turn = { language: state.language, directory, state };
  const mission = known ? directory.missionFor(known, state.city ?? undefined) : undefined;
  const help = mission ? missionBlock(turn.language, mission) : kemluBlock(turn.language, directory);
  const police = known ? callPoliceAction(turn.language, directory.emergency(known)) : [];
  return {
    state,
    replies: [
      reply([t(turn.language, "start")], menuActions(turn)),
      reply([t(turn.language, "start.emergency")], uniqueActions([...police, ...help.actions])),
    ],
  };
}
