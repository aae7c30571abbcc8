import type { Intent } from "@safetravel/nlu";

export const ACTION_KINDS = ["call", "whatsapp", "sms", "link", "reply"] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/**
 * Something she can tap. `call`, `whatsapp`, `sms`: value is the number to dial, without spaces or
 * dashes ("999", "+85221579537"). `link`: an app path ("/juang", "/lapor-diri"). `reply`: a quick
 * reply whose value is the text to send.
 */
export interface Action {
  kind: ActionKind;
  label: string;
  value: string;
}

export interface Reply {
  text: string;
  actions: Action[];
}

/** Asks the server to open (or update) a case for an officer; only ever returned after her yes. */
export interface HandoffRequest {
  reason: Intent;
  danger: boolean;
  country?: string;
  city?: string;
}
