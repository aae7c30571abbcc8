/** Intents the console treats as abuse: after danger, the most urgent. */
const ABUSE = new Set(["physical_abuse", "sexual_abuse", "psychological_abuse", "trafficking", "confinement"]);

/** Where a case sorts in the officers' inbox: 1 danger now, 2 abuse, 3 everything else. */
export function casePriority(reason: string, danger: boolean): 1 | 2 | 3 {
  if (danger || reason === "emergency" || reason === "self_harm") return 1;
  return ABUSE.has(reason) ? 2 : 3;
}
