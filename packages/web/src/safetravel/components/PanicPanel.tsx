import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../shell/i18n";
import type { AlertBody } from "../lib/alertQueue";
import { alertParts, buildAlertBody } from "../lib/alertSummary";
import { getPosition } from "../lib/geolocation";
import { onOutboxFlushed, submitAlert } from "../lib/outbox";
import { downscalePhoto } from "../lib/photo";
import { getSavedCreds } from "../lib/registrationCreds";
import { uuid } from "../lib/uuid";
import { HoldButton } from "./HoldButton";

type Phase =
  | { kind: "idle" }
  | { kind: "confirm" }
  | { kind: "sending" }
  | { kind: "sent"; body: AlertBody; id: string; receivedAt: string }
  | { kind: "queued"; body: AlertBody }
  | { kind: "rejected"; body: AlertBody; message: string };

/** The panic button: hold 2 s (or press and confirm) to send an alert to her mission. */
export function PanicPanel({ country, numbers }: { country: string | null; numbers?: ReactNode }) {
  const { t } = useTranslation();
  const hintId = useId();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [withLocation, setWithLocation] = useState(true);
  const [text, setText] = useState("");
  const [photo, setPhoto] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  // A queued alert sent later (network back) turns into "sent" on this screen.
  useEffect(
    () =>
      onOutboxFlushed((results) => {
        setPhase((p) => {
          if (p.kind !== "queued") return p;
          const r = results.find((x) => x.clientId === p.body.clientId);
          if (r?.outcome.kind === "sent") return { kind: "sent", body: p.body, id: r.outcome.id, receivedAt: r.outcome.receivedAt };
          if (r?.outcome.kind === "rejected") return { kind: "rejected", body: p.body, message: r.outcome.message };
          return p;
        });
      }),
    [],
  );

  useEffect(() => {
    if (phase.kind !== "idle" && phase.kind !== "confirm") statusRef.current?.focus();
  }, [phase.kind]);

  const send = async () => {
    const clientId = uuid();
    const pressedAt = new Date();
    setPhase({ kind: "sending" });
    const location = withLocation ? await getPosition() : null;
    const body = buildAlertBody({
      clientId,
      pressedAt,
      language: currentLang(),
      country,
      location,
      registrationId: getSavedCreds()?.id ?? null,
      text,
      photo,
    });
    const results = await submitAlert(body);
    const r = results.find((x) => x.clientId === clientId);
    if (r?.outcome.kind === "sent") setPhase({ kind: "sent", body, id: r.outcome.id, receivedAt: r.outcome.receivedAt });
    else if (r?.outcome.kind === "rejected") setPhase({ kind: "rejected", body, message: r.outcome.message });
    else setPhase({ kind: "queued", body });
  };

  const onPhoto = async (file: File | undefined) => {
    if (!file) return;
    try {
      setPhoto(await downscalePhoto(file));
    } catch {
      setPhoto(null);
    }
  };

  const what = (body: AlertBody) => {
    const parts = alertParts(body);
    if (!parts.length) return t("panic.whatNothingElse");
    const names = { location: "panic.whatLocation", registration: "panic.whatRegistration", text: "panic.whatText", photo: "panic.whatPhoto" } as const;
    return parts.map((p) => t(names[p])).join(", ");
  };

  const busy = phase.kind === "sending";
  const done = phase.kind === "sent" || phase.kind === "queued" || phase.kind === "rejected";

  return (
    <section aria-labelledby="panic-h" className="card panic">
      <h2 id="panic-h">{t("panic.title")}</h2>
      <div ref={statusRef} tabIndex={-1} role="status" aria-live="assertive" className="panic-status">
        {phase.kind === "sending" && <p>{t("panic.sending")}</p>}
        {phase.kind === "sent" && (
          <div className="ok-box">
            <p className="big">✓ {t("panic.sentTitle")}</p>
            <p>
              {t("panic.sent", {
                time: new Date(phase.receivedAt).toLocaleTimeString(currentLang(), { hour: "2-digit", minute: "2-digit" }),
                id: phase.id,
              })}
            </p>
            <p>{t("panic.sentWhat", { what: what(phase.body) })}</p>
            <p>{t("panic.callNow")}</p>
          </div>
        )}
        {phase.kind === "queued" && (
          <div className="warn-box">
            <p className="big">{t("panic.queued")}</p>
            <p>{t("panic.sentWhat", { what: what(phase.body) })}</p>
          </div>
        )}
        {phase.kind === "rejected" && <p className="warn-box">{t("panic.rejected", { message: phase.message })}</p>}
      </div>

      {done && numbers}
      {done ? (
        <button type="button" className="button secondary" onClick={() => setPhase({ kind: "idle" })}>
          {t("panic.again")}
        </button>
      ) : (
        <>
          <HoldButton
            label={t("panic.hold")}
            holdingLabel={t("panic.holding")}
            describedBy={hintId}
            disabled={busy}
            onHeld={() => void send()}
            onPressed={() => setPhase({ kind: "confirm" })}
          />
          <p id={hintId}>
            {t("panic.explain")} <span className="hint">{t("panic.keyboardHint")}</span>
          </p>
          {phase.kind === "confirm" && (
            <div className="confirm" role="alertdialog" aria-labelledby="panic-confirm-q">
              <p id="panic-confirm-q" className="big">
                {t("panic.confirmQuestion")}
              </p>
              <div className="row">
                <button type="button" className="button danger" autoFocus onClick={() => void send()}>
                  {t("panic.confirmYes")}
                </button>
                <button type="button" className="button secondary" onClick={() => setPhase({ kind: "idle" })}>
                  {t("panic.confirmNo")}
                </button>
              </div>
            </div>
          )}
          <label className="check">
            <input type="checkbox" checked={withLocation} onChange={(e) => setWithLocation(e.target.checked)} />
            {t("panic.includeLocation")}
          </label>
          <details className="extras">
            <summary>{t("panic.extras")}</summary>
          <div className="field">
            <label htmlFor={`${hintId}-text`}>{t("panic.textLabel")}</label>
            <textarea id={`${hintId}-text`} maxLength={500} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${hintId}-photo`}>{t("panic.photoLabel")}</label>
            <input id={`${hintId}-photo`} type="file" accept="image/*" onChange={(e) => void onPhoto(e.target.files?.[0])} />
            {photo && (
              <p>
                {t("panic.photoReady")}{" "}
                <button type="button" className="linklike" onClick={() => setPhoto(null)}>
                  {t("panic.photoRemove")}
                </button>
              </p>
            )}
          </div>
          </details>
        </>
      )}
    </section>
  );
}
