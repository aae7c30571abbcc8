import type { FieldError } from "@safetravel/server/schemas";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { RegistrationForm } from "../components/RegistrationForm";
import { Screen } from "../components/Screen";
import { api } from "../lib/api";
import { useDirectory } from "../lib/directory";
import { type FormValues, fromRecord, patchBody } from "../lib/registrationForm";
import { getSavedCreds, saveCreds } from "../lib/registrationCreds";

type State =
  | { kind: "login" }
  | { kind: "loaded"; values: FormValues; version: number }
  | { kind: "deleted" };

/** View, correct or delete her lapor diri with its id and secret. */
export default function MyRegistration() {
  const { t } = useTranslation();
  const uid = useId();
  const { directory } = useDirectory();
  const saved = getSavedCreds();
  const [id, setId] = useState(saved?.id ?? "");
  const [secret, setSecret] = useState(saved?.secret ?? "");
  const [state, setState] = useState<State>({ kind: "login" });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // Bring each outcome into view (the save button is far below the notice).
  useEffect(() => {
    if (message) noticeRef.current?.focus();
  }, [message]);
  const url = `/api/v1/registrations/${encodeURIComponent(id.trim())}`;

  const failure = (code: string, status: number) =>
    code === "offline" ? t("mine.offline") : status === 401 || status === 403 || status === 404 ? t("mine.notFound") : `HTTP ${status}`;

  const open = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    const r = await api<Record<string, unknown>>("GET", url, undefined, secret.trim());
    setBusy(false);
    if (r.ok) setState({ kind: "loaded", values: fromRecord(r.data), version: 0 });
    else setMessage(failure(r.code, r.status));
  };

  const save = async (before: FormValues, after: FormValues, version: number) => {
    const body = patchBody(before, after);
    if (!Object.keys(body).length) {
      setMessage(t("mine.noChanges"));
      return;
    }
    setBusy(true);
    const r = await api<Record<string, unknown>>("PATCH", url, body, secret.trim());
    setBusy(false);
    if (r.ok) {
      setServerErrors([]);
      setState({ kind: "loaded", values: fromRecord(r.data), version: version + 1 });
      setMessage(t("mine.saved"));
    } else {
      setServerErrors(r.fields);
      setMessage(r.fields.length ? null : failure(r.code, r.status));
    }
  };

  const remove = async () => {
    setBusy(true);
    const r = await api<null>("DELETE", url, undefined, secret.trim());
    setBusy(false);
    setConfirmDelete(false);
    if (r.ok) {
      saveCreds(null);
      setState({ kind: "deleted" });
      setMessage(t("mine.deleted"));
    } else setMessage(failure(r.code, r.status));
  };

  return (
    <Screen title={t("mine.title")}>
      {message && (
        <p role="status" className="notice" ref={noticeRef} tabIndex={-1}>
          {message}
        </p>
      )}
      {state.kind === "login" && (
        <form onSubmit={(e) => void open(e)} className="form">
          <p>{t("mine.intro")}</p>
          <div className="field">
            <label htmlFor={`${uid}-id`}>{t("mine.id")}</label>
            <input id={`${uid}-id`} value={id} required autoComplete="off" onChange={(e) => setId(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${uid}-secret`}>{t("mine.secret")}</label>
            <input
              id={`${uid}-secret`}
              type="password"
              value={secret}
              required
              autoComplete="off"
              onChange={(e) => setSecret(e.target.value)}
            />
          </div>
          <button type="submit" className="button primary wide" disabled={busy || !id.trim() || !secret.trim()}>
            {busy ? t("mine.loading") : t("mine.open")}
          </button>
        </form>
      )}
      {state.kind === "loaded" && (
        <>
          <RegistrationForm
            key={state.version}
            initial={state.values}
            directory={directory}
            submitLabel={t("mine.save")}
            busy={busy}
            serverErrors={serverErrors}
            onSubmit={(v) => void save(state.values, v, state.version)}
          />
          <div className="danger-zone">
            {!confirmDelete ? (
              <button type="button" className="button danger wide" onClick={() => setConfirmDelete(true)}>
                {t("mine.delete")}
              </button>
            ) : (
              <div role="alertdialog" aria-labelledby={`${uid}-delq`} className="confirm">
                <p id={`${uid}-delq`}>{t("mine.deleteConfirm")}</p>
                <div className="row">
                  <button type="button" className="button danger" autoFocus disabled={busy} onClick={() => void remove()}>
                    {t("mine.deleteYes")}
                  </button>
                  <button type="button" className="button secondary" onClick={() => setConfirmDelete(false)}>
                    {t("mine.deleteNo")}
                  </button>
                </div>
              </div>
            )}
          </div>
        </>
      )}
    </Screen>
  );
}
