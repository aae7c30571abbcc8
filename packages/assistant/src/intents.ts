import type { Intent } from "@safetravel/nlu";
import { INTENTS } from "@safetravel/nlu/types";

/**
 * The intent labels, for validating stored state. Taken from nlu's types module, which holds no
 * classifier, so the dialogue does not load the model at run time.
 */
export const INTENT_IDS = INTENTS;

/** Intents about a problem: answered with her country's rules and contacts, then an offer of an officer. */
export const PROBLEM_INTENTS = [
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
] as const satisfies readonly Intent[];
export type ProblemIntent = (typeof PROBLEM_INTENTS)[number];

export function isProblemIntent(intent: Intent): intent is ProblemIntent {
  return (PROBLEM_INTENTS as readonly Intent[]).includes(intent);
}
