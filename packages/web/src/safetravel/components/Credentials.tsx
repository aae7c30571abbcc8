import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../shell/router";
import { type RegistrationCreds, saveCreds } from "../lib/registrationCreds";

/** After lapor diri: the id and secret, shown clearly; kept on the device only if she ticks the box. */
export function Credentials({ creds }: { creds: RegistrationCreds }) {
  const { t } = useTranslation();
  const [keep, setKeep] = useState(false);
  return (
    <div className="card ok-box" role="status">
      <h2>✓ {t("lapor.doneTitle")}</h2>
      <dl className="creds">
        <dt>{t("lapor.doneId")}</dt>
        <dd className="mono" data-testid="reg-id">
          {creds.id}
        </dd>
        <dt>{t("lapor.doneSecret")}</dt>
        <dd className="mono" data-testid="reg-secret">
          {creds.secret}
        </dd>
      </dl>
      <p>{t("lapor.doneAdvice")}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={keep}
          onChange={(e) => {
            setKeep(e.target.checked);
            saveCreds(e.target.checked ? creds : null);
          }}
        />
        {t("lapor.keepOnDevice")}
      </label>
      <p className="small">{t("lapor.keepWarning")}</p>
      <Link to="/lapor-diri/saya" className="button secondary">
        {t("lapor.myData")}
      </Link>
    </div>
  );
}
