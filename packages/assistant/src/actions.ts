import { dialString } from "@safetravel/directory";
import type { Action } from "./types.js";

export function callAction(label: string, number: string): Action {
  return { kind: "call", label, value: dialString(number) };
}

/** value: the international number without spaces ("+85267730466"); the client builds the WhatsApp link. */
export function whatsappAction(label: string, number: string): Action {
  return { kind: "whatsapp", label, value: dialString(number) };
}

export function smsAction(label: string, number: string): Action {
  return { kind: "sms", label, value: dialString(number) };
}

export function linkAction(label: string, path: string): Action {
  return { kind: "link", label, value: path };
}

/** A quick reply: tapping it sends `text`. */
export function quickReply(text: string): Action {
  return { kind: "reply", label: text, value: text };
}

/** Drops repeated actions (same kind and value), keeping the first. */
export function uniqueActions(actions: Action[]): Action[] {
  const seen = new Set<string>();
  return actions.filter((action) => {
    const key = `${action.kind}:${action.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
