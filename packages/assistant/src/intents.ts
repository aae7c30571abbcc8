import type { Intent } from "@safetravel/nlu";

/**
 * The intent labels, for validating stored state without importing the classifier at run time.
 * The two type checks below fail to compile if this list and @safetravel/nlu's Intent drift apart.
 */
export const INTENT_IDS = [
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
] as const satisfies readonly Intent[];

type Missing = Exclude<Intent, (typeof INTENT_IDS)[number]>;
const everyIntentListed: Missing extends never ? true : Missing = true;
void everyIntentListed;

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
