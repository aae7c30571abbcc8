/**
 * "Keep this conversation": off by default. When on, the conversation (messages, the server
 * session and the phone's dialogue state) is kept in sessionStorage under the "safetravel." prefix:
 * it survives a reload in this tab, is gone when the tab is closed, and quick exit wipes it.
 * Turning it off deletes it.
 */
import { type ConversationView, isConversationView } from "./conversation";
import type { Session } from "./server";

export const KEEP_KEY = "safetravel.chat";

export interface Kept {
  view: ConversationView;
  session: Session | null;
  local: unknown;
}

export interface KeepStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function storage(): KeepStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function loadKept(s: KeepStorage | null = storage()): Kept | null {
  const raw = s?.getItem(KEEP_KEY);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<Kept>;
    if (!isConversationView(v.view)) return null;
    const session =
      v.session && typeof v.session.id === "string" && typeof v.session.token === "string"
        ? { id: v.session.id, token: v.session.token }
        : null;
    return { view: v.view, session, local: v.local ?? null };
  } catch {
    return null;
  }
}

export function saveKept(kept: Kept, s: KeepStorage | null = storage()): void {
  try {
    s?.setItem(KEEP_KEY, JSON.stringify(kept));
  } catch {
    // Storage full or blocked: the conversation just is not kept.
  }
}

export function forgetKept(s: KeepStorage | null = storage()): void {
  try {
    s?.removeItem(KEEP_KEY);
  } catch {
    // nothing to do
  }
}
