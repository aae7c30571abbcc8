import type { EntryKind } from "@safetravel/directory";

/** Kinds of help, in the order the directory filter shows them (same as ENTRY_KINDS). */
export const KINDS: readonly EntryKind[] = ["mission", "hotline", "ngo", "shelter", "union", "legal_aid"];
