import type { ChatAction, ChatReply } from "./types";

/** The link an action opens: `tel:` to call, `sms:`, `https://wa.me/<digits>`, or an app path. */
export function actionHref(action: ChatAction): string | null {
  const v = action.value.trim();
  switch (action.kind) {
    case "call": {
      const n = v.replace(/[^\d+*#]/g, "");
      return n ? `tel:${n}` : null;
    }
    case "sms": {
      const n = v.replace(/[^\d+]/g, "");
      return n ? `sms:${n}` : null;
    }
    case "whatsapp": {
      const digits = v.replace(/\D/g, "");
      return digits.length >= 8 ? `https://wa.me/${digits}` : null;
    }
    case "link":
      return appPath(v);
    default:
      return null;
  }
}

/** App paths the assistant may link to; a few Indonesian spellings map onto the app's routes. */
const ALIASES: Record<string, string> = { "/direktori": "/directory", "/darurat": "/emergency", "/negara": "/country" };

export function appPath(value: string): string | null {
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  const q = value.search(/[?#]/);
  const path = q < 0 ? value : value.slice(0, q);
  const rest = q < 0 ? "" : value.slice(q);
  return (ALIASES[path] ?? path) + rest;
}

/** The buttons to pin in danger: every call and SMS button of the replies, once each. */
export function pinnedFrom(replies: readonly ChatReply[]): ChatAction[] {
  const seen = new Set<string>();
  const out: ChatAction[] = [];
  for (const r of replies) {
    for (const a of r.actions) {
      if (a.kind !== "call" && a.kind !== "sms") continue;
      const key = `${a.kind}:${a.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(a);
    }
  }
  return out;
}

/** Merges newly pinned buttons into the ones already pinned (new ones first, no repeats). */
export function mergePinned(current: readonly ChatAction[], next: readonly ChatAction[]): ChatAction[] {
  const seen = new Set<string>();
  const out: ChatAction[] = [];
  for (const a of [...next, ...current]) {
    const key = `${a.kind}:${a.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out.slice(0, 6);
}
