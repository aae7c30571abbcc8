/** The chat API client: one request each, a time limit, and every outcome as data (never throws). */
import type { ChatReply } from "./types";

export const CHAT_API = "/api/v1/chat/sessions";
/** Past this, the server is treated as unreachable and the phone answers. */
export const SERVER_TIMEOUT_MS = 4000;

export interface Session {
  id: string;
  token: string;
}

export interface StartBody {
  country?: string;
  city?: string;
  language?: "id" | "en";
}

export interface ServerAnswer {
  intent: string;
  danger: boolean;
  replies: ChatReply[];
  caseId?: string;
}

export type ServerOutcome<T> =
  | { kind: "ok"; data: T }
  /** 404: the session expired or is unknown; start a new one. */
  | { kind: "expired" }
  /** 400/413 and other refusals of this message: show the message, the phone cannot do better. */
  | { kind: "refused"; status: number; message: string }
  /** Network down, time limit, 5xx, 429: answer from the phone. */
  | { kind: "unavailable"; reason: string };

/** What a response status means for the chat. */
export function outcomeOf(status: number): "ok" | "expired" | "refused" | "unavailable" {
  if (status >= 200 && status < 300) return "ok";
  if (status === 404) return "expired";
  if (status === 401) return "expired"; // a token that no longer fits: start again as well
  if (status === 408 || status === 429 || status >= 500 || status === 0) return "unavailable";
  return "refused";
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface ServerChatOptions {
  fetch?: FetchLike;
  timeoutMs?: number;
  /** Language of error messages (Accept-Language). */
  lang?: () => "id" | "en";
}

export class ServerChat {
  private readonly fetchImpl: FetchLike;
  private readonly timeoutMs: number;
  private readonly lang: () => "id" | "en";

  constructor(options: ServerChatOptions = {}) {
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? SERVER_TIMEOUT_MS;
    this.lang = options.lang ?? (() => "id");
  }

  start(body: StartBody): Promise<ServerOutcome<Session & { replies: ChatReply[] }>> {
    return this.post(CHAT_API, body);
  }

  message(session: Session, text: string): Promise<ServerOutcome<ServerAnswer>> {
    return this.post(`${CHAT_API}/${encodeURIComponent(session.id)}/messages`, { text }, session.token);
  }

  private async post<T>(url: string, body: unknown, token?: string): Promise<ServerOutcome<T>> {
    const controller = typeof AbortController === "function" ? new AbortController() : null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const headers: Record<string, string> = {
      accept: "application/json",
      "content-type": "application/json",
      "accept-language": this.lang(),
    };
    if (token) headers.authorization = `Bearer ${token}`;
    try {
      const request = this.fetchImpl(url, {
        method: "POST",
        headers,
        body: JSON.stringify(body),
        cache: "no-store",
        ...(controller ? { signal: controller.signal } : {}),
      });
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller?.abort();
          reject(new Error("timeout"));
        }, this.timeoutMs);
      });
      const res = await Promise.race([request, timeout]);
      const kind = outcomeOf(res.status);
      const json = (await Promise.race([res.json().catch(() => null), timeout])) as unknown;
      if (kind === "ok") {
        if (!json || typeof json !== "object") return { kind: "unavailable", reason: "bad response" };
        return { kind: "ok", data: json as T };
      }
      if (kind === "expired") return { kind };
      if (kind === "unavailable") return { kind, reason: `HTTP ${res.status}` };
      const message = (json as { error?: { message?: unknown } } | null)?.error?.message;
      return { kind, status: res.status, message: typeof message === "string" ? message : `HTTP ${res.status}` };
    } catch (e) {
      return { kind: "unavailable", reason: e instanceof Error ? e.message : "network" };
    } finally {
      if (timer !== undefined) clearTimeout(timer);
    }
  }
}
