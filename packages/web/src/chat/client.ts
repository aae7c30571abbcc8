/**
 * The online/offline choice. Online, the server answers (and can open a case); when the phone says
 * it is offline, or a request fails or takes longer than the time limit, the assistant on the
 * phone answers at once with the same numbers. After a failure the server is left alone for a
 * while, so the next message does not wait for the time limit again.
 */
import { pinnedFrom } from "./actions";
import type { ChatEngine, EngineState } from "./engineRpc";
import type { ServerAnswer, ServerChat, Session } from "./server";
import type { Answer, ChatReply } from "./types";

/** After the server failed, answer from the phone for this long before trying it again. */
export const SERVER_BACKOFF_MS = 30_000;

export interface StartInit {
  country?: string | null;
  city?: string | null;
  language: "id" | "en";
}

export type SendResult =
  | { kind: "answer"; answer: Answer }
  /** The server refused the message (too long, empty): show this message. */
  | { kind: "refused"; message: string };

export interface ChatClientDeps {
  server: Pick<ServerChat, "start" | "message">;
  /** The phone's assistant (in a Web Worker in the app). */
  engine: () => Promise<ChatEngine>;
  online: () => boolean;
  now?: () => number;
}

type LocalState = EngineState;

/** Whether to try the server for this message. */
export function shouldUseServer(online: boolean, serverDownUntil: number, now: number): boolean {
  return online && now >= serverDownUntil;
}

export class ChatClient {
  session: Session | null = null;
  private localState: LocalState | null = null;
  private serverDownUntil = 0;
  private readonly now: () => number;

  constructor(
    private readonly deps: ChatClientDeps,
    private init: StartInit,
  ) {
    this.now = deps.now ?? Date.now;
  }

  /** True when the next message will be answered by the phone. */
  get offline(): boolean {
    return !shouldUseServer(this.deps.online(), this.serverDownUntil, this.now());
  }

  setInit(init: StartInit): void {
    this.init = init;
  }

  /** Adopts a session (restored, or the one a queued hand-off opened). */
  adopt(session: Session | null): void {
    this.session = session;
  }

  /** The state of the phone's dialogue, to keep it with the conversation when she asks. */
  get local(): LocalState | null {
    return this.localState;
  }

  restoreLocal(state: LocalState | null): void {
    this.localState = state;
  }

  /** The greeting: from a new server session, or from the phone. */
  async start(): Promise<{ replies: ChatReply[]; source: Answer["source"] }> {
    if (!this.offline) {
      const r = await this.deps.server.start(this.startBody());
      if (r.kind === "ok") {
        this.session = { id: r.data.id, token: r.data.token };
        return { replies: r.data.replies, source: "server" };
      }
      this.markDown();
    }
    const engine = await this.deps.engine();
    const started = await engine.start(this.init);
    this.localState = started.state;
    return { replies: started.replies, source: "local" };
  }

  async send(text: string): Promise<SendResult> {
    if (!this.offline) {
      const r = await this.viaServer(text);
      if (r) return r;
    }
    return { kind: "answer", answer: await this.viaPhone(text) };
  }

  /** Null when the server cannot answer now. */
  private async viaServer(text: string): Promise<SendResult | null> {
    for (let attempt = 0; attempt < 2; attempt++) {
      if (!this.session) {
        const s = await this.deps.server.start(this.startBody());
        if (s.kind !== "ok") {
          this.markDown();
          return null;
        }
        this.session = { id: s.data.id, token: s.data.token };
      }
      const r = await this.deps.server.message(this.session, text);
      switch (r.kind) {
        case "ok":
          return { kind: "answer", answer: fromServer(r.data) };
        case "expired":
          this.session = null; // start a new one and send again, without telling her
          continue;
        case "refused":
          return { kind: "refused", message: r.message };
        case "unavailable":
          this.markDown();
          return null;
      }
    }
    this.markDown();
    return null;
  }

  private async viaPhone(text: string): Promise<Answer> {
    const engine = await this.deps.engine();
    const current = this.localState ?? (await engine.start(this.init)).state;
    const { state, answer } = await engine.respond(current, text);
    this.localState = state;
    return answer;
  }

  private markDown(): void {
    this.serverDownUntil = this.now() + SERVER_BACKOFF_MS;
  }

  /** The network came back: try the server again with the next message. */
  networkBack(): void {
    this.serverDownUntil = 0;
  }

  private startBody() {
    return {
      ...(this.init.country ? { country: this.init.country } : {}),
      ...(this.init.country && this.init.city ? { city: this.init.city } : {}),
      language: this.init.language,
    };
  }
}

export function fromServer(a: ServerAnswer): Answer {
  const replies = Array.isArray(a.replies) ? a.replies : [];
  return {
    intent: a.intent,
    danger: a.danger === true,
    replies,
    pinned: a.danger ? pinnedFrom(replies) : [],
    ...(a.caseId ? { caseId: a.caseId } : {}),
    source: "server",
  };
}
