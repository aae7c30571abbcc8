import type { FieldError } from "@safetravel/server/schemas";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Credentials } from "../components/Credentials";
import { RegistrationForm } from "../components/RegistrationForm";
import { Screen } from "../components/Screen";
import { api } from "../lib/api";
import { getCountry } from "../lib/country";
import { useDirectory } from "../lib/directory";
import { emptyForm, type FormValues, toRegistrationBody } from "../lib/registrationForm";
import type { RegistrationCreds } from "../lib/registrationCreds";

/** Lapor diri: register with the mission; inline validation with the server's schema. */
export default function LaporDiri() {
  const { t } = useTranslation();
  const { directory } = useDirectory();
  const [busy, setBusy] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [creds, setCreds] = useState<RegistrationCreds | null>(null);

  const submit = async (values: FormValues) => {
    setBusy(true);
    setProblem(null);
    const r = await api<RegistrationCreds>("POST", "/api/v1/registrations", toRegistrationBody(values));
    setBusy(false);
    if (r.ok) {
      setCreds({ id: r.data.id, secret: r.data.secret });
      window.scrollTo(0, 0);
      return;
    }
    setServerErrors(r.fields);
    setProblem(r.code === "offline" ? t("lapor.offline") : r.fields.length ? null : `${t("lapor.serverError")} (${r.message})`);
  };

  return (
    <Screen title={t("lapor.title")}>
      {creds ? (
        <Credentials creds={creds} />
      ) : (
        <>
          <p>{t("lapor.intro")}</p>
          {problem && (
            <p role="alert" className="error-summary">
              {problem}
            </p>
          )}
          <RegistrationForm
            initial={emptyForm(getCountry() ?? "")}
            directory={directory}
            submitLabel={t("lapor.submit")}
            busy={busy}
            serverErrors={serverErrors}
            onSubmit={(v) => void submit(v)}
          />
        </>
      )}
    </Screen>
  );
}
