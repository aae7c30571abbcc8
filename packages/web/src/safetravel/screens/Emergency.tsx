import { useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../shell/i18n";
import { CountryPicker, countryOptions } from "../components/CountryPicker";
import { EmergencyNumbers, NationalHotline } from "../components/EmergencyNumbers";
import { PanicPanel } from "../components/PanicPanel";
import { Screen } from "../components/Screen";
import { TrustedContact } from "../components/TrustedContact";
import { setCountry, useCountry } from "../lib/country";
import { useDirectory } from "../lib/directory";
import { callablePhones } from "../lib/phones";

export function Emergency() {
  const { t } = useTranslation();
  const country = useCountry();
  const { directory, failed } = useDirectory();
  const [picking, setPicking] = useState(false);
  const name = country ? (countryOptions(directory, currentLang()).find((c) => c.code === country)?.name ?? country) : null;
  const mission = country && directory ? directory.missionFor(country) : undefined;
  const missionPhone = mission ? (callablePhones(mission)[0]?.number ?? null) : null;

  return (
    <Screen title={t("emergency.title")}>
      {(!country || picking) && (
        <>
          {!country && <p>{t("emergency.chooseFirst")}</p>}
          <CountryPicker
            directory={directory}
            value={country}
            onChange={(c) => {
              setCountry(c);
              setPicking(false);
            }}
          />
        </>
      )}
      {country && !picking && (
        <p className="country-line">
          <strong>{name}</strong>{" "}
          <button type="button" className="linklike" onClick={() => setPicking(true)}>
            {t("country.change")}
          </button>
        </p>
      )}
      {!directory && !failed && <p role="status">{t("emergency.loadingNumbers")}</p>}
      {directory && country && <EmergencyNumbers directory={directory} country={country} />}
      <PanicPanel
        country={country}
        numbers={directory && country ? <EmergencyNumbers directory={directory} country={country} /> : null}
      />
      {directory && <NationalHotline directory={directory} />}
      <TrustedContact countryName={name} missionPhone={missionPhone} />
    </Screen>
  );
}
