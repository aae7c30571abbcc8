/** /chat: the help-seeking assistant. Online through the chat API, offline on the phone. */
import { type FormEvent, useCallback, useEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { useCountry } from "../safetravel/lib/country";
import { Link } from "../shell/router";
import { actionHref, appPath } from "./actions";
import { ChatClient } from "./client";
import { type ChatMessage, conversationReducer, emptyConversation } from "./conversation";
import { loadEngine, prefetchEngineWhenIdle } from "./engine";
import { ChatIcon, MicIcon, PhoneIcon, SmsIcon, SpeakerIcon } from "./icons";
import { handoffQueue, flushHandoffs, onHandoffsFlushed, startHandoffSender } from "./handoffs";
import { forgetKept, loadKept, saveKept } from "./keep";
import { ServerChat } from "./server";
import { canListen, canSpeak, type Recognition, recognitionConstructor, replyLang, speak, stopSpeaking } from "./speech";
import { type ChatLang, type ChatTextKey, chatText } from "./texts";
import type { Answer, ChatAction } from "./types";
import "./chat.css";

const NOT_A_TOPIC = new Set(["greeting", "thanks", "goodbye", "out_of_scope", "human_agent"]);
const YES_NO = /^(ya|iya|yes|y|mau|ok|oke|boleh|tidak|gak|ga|no|nggak|nggih|mboten)\b/i;

function subscribeOnline(cb: () => void): () => void {
  window.addEventListener("online", cb);
  window.addEventListener("offline", cb);
  return () => {
    window.removeEventListener("online", cb);
    window.removeEventListener("offline", cb);
  };
}
const onlineNow = () => navigator.onLine !== false;

type PendingHandoff = NonNullable<Answer["handoff"]> & { language: "id" | "en" | "jv"; topic?: string };

export default function ChatScreen() {
  const { t, i18n } = useTranslation();
  const lang: "id" | "en" = i18n.language === "en" ? "en" : "id";
  const tx = useCallback((key: ChatTextKey, values?: Record<string, string>) => chatText(lang, key, values), [lang]);
  const country = useCountry();
  const browserOnline = useSyncExternalStore(subscribeOnline, onlineNow, onlineNow);

  const kept = useMemo(() => loadKept(), []);
  const [view, dispatch] = useReducer(conversationReducer, kept?.view ?? emptyConversation);
  const [keep, setKeep] = useState(kept !== null);
  const [busy, setBusy] = useState(false);
  const [ready, setReady] = useState(kept !== null && kept.view.messages.length > 0);
  const [failed, setFailed] = useState(false);
  const [serverDown, setServerDown] = useState(false);
  const [pending, setPending] = useState<PendingHandoff | null>(null);
  const [waiting, setWaiting] = useState(() => handoffQueue.pending().length > 0);
  const [text, setText] = useState("");
  const topic = useRef<string | undefined>(undefined);
  const firstNew = useRef<number | null>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);

  // One client per visit of the screen; country and language follow through setInit below.
  const [client] = useState(
    () =>
      new ChatClient(
        { server: new ServerChat({ lang: () => (i18n.language === "en" ? "en" : "id") }), engine: loadEngine, online: onlineNow },
        { country, language: lang },
      ),
  );
  useEffect(() => client.setInit({ country, language: lang }), [client, country, lang]);

  const offline = !browserOnline || serverDown;
  // Javanese for the offline lines when the phone's dialogue answered her in Javanese.
  const lastBot = [...view.messages].reverse().find((m) => m.from === "bot");
  const convLang: ChatLang = lastBot?.from === "bot" && lastBot.language === "jv" && lang === "id" ? "jv" : lang;

  // Restore a kept conversation's session and the phone's dialogue state.
  useEffect(() => {
    if (kept) {
      client.adopt(kept.session);
      client.restoreLocal(kept.local as Parameters<ChatClient["restoreLocal"]>[0]);
    }
  }, [client, kept]);

  // The greeting (server session, or the phone when offline).
  const started = useRef(false);
  useEffect(() => {
    if (started.current || (kept && kept.view.messages.length > 0)) return;
    started.current = true;
    let alive = true;
    client.start().then(
      (g) => {
        if (!alive) return;
        dispatch({ type: "greeted", replies: g.replies, source: g.source });
        setServerDown(g.source === "local");
        setReady(true);
      },
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
      started.current = false;
    };
  }, [client, kept]);

  // The phone's assistant starts in its worker and trains there when idle, online too: the first offline answer is then instant.
  useEffect(() => prefetchEngineWhenIdle(), []);

  // Queued hand-offs: send when the network is back; tell her here when sent.
  useEffect(() => {
    startHandoffSender();
    const off = onHandoffsFlushed((outcomes) => {
      for (const { result } of outcomes) {
        if (result.kind === "sent") {
          client.adopt(result.session);
          dispatch({ type: "caseOpened" });
          dispatch({ type: "notice", text: chatText(convLang, "handoffSent"), tone: "ok" });
        } else if (result.kind === "failed") {
          dispatch({ type: "notice", text: tx("handoffFailed"), tone: "error" });
        }
      }
      setWaiting(handoffQueue.pending().length > 0);
    });
    return off;
  }, [client, convLang, tx]);

  useEffect(() => {
    if (browserOnline) {
      client.networkBack();
      setServerDown(false);
      void flushHandoffs();
    }
  }, [browserOnline, client]);

  // Keep the conversation only when she asked to; turning it off deletes it.
  useEffect(() => {
    if (keep) saveKept({ view, session: client.session, local: client.local });
    else forgetKept();
  }, [keep, view, client]);

  // Stop reading aloud when she leaves the screen.
  useEffect(() => () => stopSpeaking(), []);

  // Bring the start of a new answer into view (the numbers come first).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a message is added
  useEffect(() => {
    const id = firstNew.current;
    if (id === null) return;
    firstNew.current = null;
    document.getElementById(`m${id}`)?.scrollIntoView({ block: "start" });
  }, [view.messages.length]);

  const send = useCallback(
    async (raw: string) => {
      const message = raw.trim();
      if (!message || busy) return;
      setBusy(true);
      setText("");
      dispatch({ type: "sent", text: message });
      try {
        const r = await client.send(message);
        if (r.kind === "refused") {
          dispatch({ type: "notice", text: tx("error", { message: r.message }), tone: "error" });
          setText(message);
          return;
        }
        const a = r.answer;
        firstNew.current = view.nextId + 1;
        dispatch({ type: "answered", answer: a });
        setServerDown(a.source === "local" && onlineNow());
        if (!NOT_A_TOPIC.has(a.intent) && !a.handoff && !YES_NO.test(message)) topic.current = message;
        if (a.handoff) {
          setPending({ ...a.handoff, language: a.language ?? lang, ...(topic.current ? { topic: topic.current } : {}) });
        }
      } catch {
        dispatch({ type: "notice", text: tx("loadFailed"), tone: "error", actions: [{ kind: "link", label: tx("openEmergency"), value: "/emergency" }] });
      } finally {
        setBusy(false);
      }
    },
    [busy, client, lang, tx, view.nextId],
  );

  const answerHandoff = (yes: boolean) => {
    if (!pending) return;
    const p = pending;
    setPending(null);
    dispatch({ type: "sent", text: yes ? chatText(p.language, "handoffYes") : chatText(p.language, "handoffNo") });
    if (!yes) {
      dispatch({ type: "notice", text: tx("handoffDeclined"), tone: "info" });
      return;
    }
    handoffQueue.enqueue({
      reason: p.reason,
      danger: p.danger,
      ...(p.country ? { country: p.country } : country ? { country } : {}),
      ...(p.city ? { city: p.city } : {}),
      language: p.language === "en" ? "en" : "id",
      ...(p.topic ? { topic: p.topic } : {}),
    });
    setWaiting(true);
    dispatch({ type: "notice", text: chatText(p.language, "handoffQueued"), tone: "info" });
    void flushHandoffs();
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void send(text);
  };

  const lastMine = view.messages.reduce((acc, m) => (m.from === "me" ? m.id : acc), 0);

  return (
    <div className="screen chat">
      <Link to="/" className="back">
        {t("app.backHome")}
      </Link>
      <h1 tabIndex={-1}>{tx("title")}</h1>
      <p className="chat-intro">{tx("intro")}</p>

      <p className={offline ? "chat-status offline" : "chat-status online"} role="status">
        {offline ? chatText(convLang, "offline") : tx("online")}
      </p>

      {view.pinned.length > 0 && (
        <section className="chat-pinned" aria-label={tx("pinned")}>
          <h2 className="visually-hidden">{tx("pinned")}</h2>
          <div className="chat-pinned-row">
            {view.pinned.map((a) => (
              <ActionButton key={`${a.kind}:${a.value}`} action={a} onReply={send} pinned />
            ))}
          </div>
        </section>
      )}

      <div className="chat-log" role="log" aria-live="polite" aria-label={tx("logLabel")}>
        {view.messages.map((m) => (
          <Bubble key={m.id} message={m} tx={tx} onReply={send} showReplies={m.id > lastMine} />
        ))}
        {pending && (
          <div className="chat-notice chat-consent">
            <p>{chatText(pending.language, "handoffAsk")}</p>
            <div className="chat-actions">
              <button type="button" className="chat-act reply yes" onClick={() => answerHandoff(true)}>
                {chatText(pending.language, "handoffYes")}
              </button>
              <button type="button" className="chat-act reply" onClick={() => answerHandoff(false)}>
                {chatText(pending.language, "handoffNo")}
              </button>
            </div>
          </div>
        )}
        {!ready && !failed && <p className="chat-loading">{tx("loading")}</p>}
        {busy && <p className="chat-loading">{tx("thinking")}</p>}
        {failed && (
          <p className="chat-notice error">
            {tx("loadFailed")}{" "}
            <Link to="/emergency" className="button danger">
              {tx("openEmergency")}
            </Link>
          </p>
        )}
      </div>
      {(waiting || view.caseOpen) && (
        <p className={view.caseOpen ? "chat-handoff-state" : "chat-handoff-state waiting"}>{view.caseOpen ? tx("caseOpen") : tx("handoffWaiting")}</p>
      )}

      <form className="chat-composer" onSubmit={onSubmit}>
        <label htmlFor="chat-input" className="visually-hidden">
          {tx("inputLabel")}
        </label>
        <textarea
          id="chat-input"
          ref={inputRef}
          rows={1}
          maxLength={2000}
          value={text}
          placeholder={tx("placeholder")}
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="send"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              void send(text);
            }
          }}
        />
        <MicButton lang={lang} tx={tx} onText={(t) => setText((prev) => (prev ? `${prev} ${t}` : t))} />
        <button type="submit" className="button chat-send" disabled={busy || !text.trim()}>
          {busy ? tx("sending") : tx("send")}
        </button>
      </form>

      <label className="check chat-keep">
        <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.target.checked)} aria-describedby="chat-keep-hint" />
        {tx("keep")}
      </label>
      <p id="chat-keep-hint" className="hint">
        {tx("keepHint")}
      </p>
    </div>
  );
}

function Bubble({
  message: m,
  tx,
  onReply,
  showReplies,
}: {
  message: ChatMessage;
  tx: (key: ChatTextKey) => string;
  onReply: (text: string) => void;
  showReplies: boolean;
}) {
  if (m.from === "me") {
    return (
      <div className="bubble me" id={`m${m.id}`}>
        <span className="visually-hidden">{tx("you")}: </span>
        {m.text}
      </div>
    );
  }
  if (m.from === "notice") {
    return (
      <div className={`chat-notice ${m.tone}`} id={`m${m.id}`}>
        <p>{m.text}</p>
        {m.actions && m.actions.length > 0 && (
          <div className="chat-actions">
            {m.actions.map((a) => (
              <ActionButton key={`${a.kind}:${a.value}`} action={a} onReply={onReply} />
            ))}
          </div>
        )}
      </div>
    );
  }
  const actions = m.actions.filter((a) => a.kind !== "reply" || showReplies);
  return (
    <div className={`bubble bot${m.source === "local" ? " local" : ""}`} id={`m${m.id}`}>
      <span className="visually-hidden">{tx("assistant")}: </span>
      {m.source === "local" && <p className="bubble-tag">{tx("fromPhone")}</p>}
      <p className="bubble-text">{m.text}</p>
      {actions.length > 0 && (
        <div className="chat-actions">
          {actions.map((a) => (
            <ActionButton key={`${a.kind}:${a.value}`} action={a} onReply={onReply} />
          ))}
        </div>
      )}
      <ReadAloud text={m.text} lang={m.language} tx={tx} />
    </div>
  );
}

function ActionButton({ action, onReply, pinned }: { action: ChatAction; onReply: (text: string) => void; pinned?: boolean }) {
  if (action.kind === "reply") {
    return (
      <button type="button" className="chat-act reply" onClick={() => onReply(action.value)}>
        {action.label}
      </button>
    );
  }
  if (action.kind === "link") {
    const to = appPath(action.value);
    if (!to) return null;
    return (
      <Link to={to} className="chat-act link">
        {action.label} ›
      </Link>
    );
  }
  const href = actionHref(action);
  if (!href) return null;
  const Icon = action.kind === "call" ? PhoneIcon : action.kind === "sms" ? SmsIcon : ChatIcon;
  const showNumber = (action.kind === "call" || action.kind === "sms") && !action.label.replace(/\s/g, "").includes(action.value);
  return (
    <a
      className={`chat-act ${action.kind}${pinned ? " pinned" : ""}`}
      href={href}
      {...(action.kind === "whatsapp" ? { target: "_blank", rel: "noreferrer noopener" } : {})}
    >
      <Icon />
      <span className="chat-act-text">
        <span>{action.label}</span>
        {showNumber && <span className="chat-num">{action.value}</span>}
      </span>
    </a>
  );
}

function ReadAloud({ text, lang, tx }: { text: string; lang?: "id" | "en" | "jv"; tx: (key: ChatTextKey) => string }) {
  const [speaking, setSpeaking] = useState(false);
  if (!canSpeak()) return null;
  return (
    <button
      type="button"
      className="chat-read linklike"
      aria-pressed={speaking}
      onClick={() => {
        if (speaking) {
          stopSpeaking();
          setSpeaking(false);
          return;
        }
        setSpeaking(true);
        speak(text, replyLang(text, lang), () => setSpeaking(false));
      }}
    >
      <SpeakerIcon /> {speaking ? tx("stopReading") : tx("readAloud")}
    </button>
  );
}

function MicButton({ lang, tx, onText }: { lang: "id" | "en"; tx: (key: ChatTextKey) => string; onText: (text: string) => void }) {
  const [listening, setListening] = useState(false);
  const [error, setError] = useState(false);
  const rec = useRef<Recognition | null>(null);
  useEffect(() => () => rec.current?.abort(), []);
  if (!canListen()) return null;
  const toggle = () => {
    if (listening) {
      rec.current?.stop();
      return;
    }
    const Ctor = recognitionConstructor();
    if (!Ctor) return;
    const r = new Ctor();
    r.lang = lang === "en" ? "en-US" : "id-ID";
    r.interimResults = false;
    r.maxAlternatives = 1;
    r.continuous = false;
    r.onresult = (e) => {
      const parts: string[] = [];
      for (let i = 0; i < e.results.length; i++) {
        const alt = e.results[i]?.[0];
        if (alt?.transcript) parts.push(alt.transcript.trim());
      }
      if (parts.length) onText(parts.join(" "));
    };
    r.onerror = () => setError(true);
    r.onend = () => setListening(false);
    rec.current = r;
    setError(false);
    try {
      r.start();
      setListening(true);
    } catch {
      setError(true);
    }
  };
  return (
    <>
      <button
        type="button"
        className={`chat-mic${listening ? " on" : ""}`}
        aria-pressed={listening}
        aria-label={listening ? tx("listening") : tx("listen")}
        onClick={toggle}
      >
        <MicIcon />
      </button>
      {error && (
        <span className="visually-hidden" role="alert">
          {tx("listenFailed")}
        </span>
      )}
    </>
  );
}
