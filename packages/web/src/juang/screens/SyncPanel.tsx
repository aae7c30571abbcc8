import { type FormEvent, useState } from "react";
import { disableSync, enableSync, getSync, useLive } from "../db";
import { useJ } from "../i18n";
import { pairingCode, parsePairingCode } from "../sync/crypto";
import { createVault } from "../sync/http";
import { syncNow, useSyncState } from "../sync/runner";
import { Field } from "../ui";
import { syncText } from "./Home";

/** Pair this device with a vault another device created (code = "<id>.<token>"). */
export function PairForm() {
  const { t } = useJ();
  const [code, setCode] = useState("");
  const [err, setErr] = useState<string | undefined>();
  const state = useSyncState();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const p = parsePairingCode(code);
    if (!p) {
      setErr(t("settings.pairBad"));
      return;
    }
    setErr(undefined);
    await enableSync({ vaultId: p.vaultId, token: p.token, cursor: 0 });
    await syncNow();
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="card">
      <h2>{t("settings.pairWith")}</h2>
      <Field label={t("settings.pairField")} value={code} onChange={setCode} error={err} />
      <button type="submit" className="button secondary">
        {t("settings.pairWith")}
      </button>
      {state.kind !== "idle" && state.kind !== "off" && <p role="status">{syncText(t, state)}</p>}
    </form>
  );
}

export function SyncPanel() {
  const { t } = useJ();
  const cfg = useLive(async () => ({ c: await getSync() }), []);
  const state = useSyncState();
  const [err, setErr] = useState<string | undefined>();
  if (!cfg) return null;
  const c = cfg.c;
  return (
    <section aria-labelledby="j-sync-h" className="card">
      <h2 id="j-sync-h">{t("settings.sync")}</h2>
      <p className="hint">{t("settings.syncLead")}</p>
      <p role="status" data-testid="sync-state">
        {t("home.sync", { state: c ? syncText(t, state) : t("settings.state.off") })}
      </p>
      {c ? (
        <>
          <p>{t("settings.pairCode")}</p>
          <p className="mono" data-testid="pair-code">
            {pairingCode(c.vaultId, c.token)}
          </p>
          <div className="row">
            <button type="button" className="button secondary" onClick={() => void syncNow()}>
              {t("settings.syncNow")}
            </button>
            <button type="button" className="button danger" onClick={() => void disableSync().then(() => syncNow())}>
              {t("settings.syncOff")}
            </button>
          </div>
        </>
      ) : (
        <>
          <button
            type="button"
            className="button"
            onClick={async () => {
              try {
                setErr(undefined);
                const v = await createVault();
                await enableSync({ vaultId: v.id, token: v.token, cursor: 0 });
                await syncNow();
              } catch (e) {
                setErr((e as Error).message);
              }
            }}
          >
            {t("settings.syncOn")}
          </button>
          {err && (
            <p className="error" role="alert">
              {t("settings.state.error", { msg: err })}
            </p>
          )}
          <PairForm />
        </>
      )}
    </section>
  );
}
