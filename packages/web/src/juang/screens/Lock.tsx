import { type FormEvent, useState } from "react";
import { getMeta, wipeJuang } from "../db";
import { useJ } from "../i18n";
import { type PinHash, verifyPin } from "../pin";
import { Screen } from "../ui";

export function LockScreen({ onUnlock, onWiped }: { onUnlock: () => void; onWiped: () => void }) {
  const { t } = useJ();
  const [pin, setPin] = useState("");
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  const [forgot, setForgot] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const h = await getMeta<PinHash>("pin");
    const ok = !h || (await verifyPin(pin, h));
    setBusy(false);
    if (ok) onUnlock();
    else {
      setWrong(true);
      setPin("");
    }
  };

  return (
    <Screen title={t("lock.title")} back={false}>
      <form onSubmit={(e) => void submit(e)} className="j-lock">
        <div className={`field${wrong ? " invalid" : ""}`}>
          <label htmlFor="j-pin">{t("lock.pin")}</label>
          <input
            id="j-pin"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            value={pin}
            autoFocus
            aria-invalid={wrong || undefined}
            aria-describedby={wrong ? "j-pin-e" : undefined}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ""))}
          />
          {wrong && (
            <p className="error" id="j-pin-e" role="alert">
              {t("lock.wrong")}
            </p>
          )}
        </div>
        <button type="submit" className="button wide" disabled={busy || pin.length < 4}>
          {t("lock.open")}
        </button>
      </form>
      {!forgot ? (
        <button type="button" className="linklike" onClick={() => setForgot(true)}>
          {t("lock.forgot")}
        </button>
      ) : (
        <div className="warn-box">
          <p>{t("lock.forgotText")}</p>
          <button
            type="button"
            className="button danger wide"
            onClick={async () => {
              await wipeJuang();
              onWiped();
            }}
          >
            {t("lock.wipe")}
          </button>
        </div>
      )}
    </Screen>
  );
}
