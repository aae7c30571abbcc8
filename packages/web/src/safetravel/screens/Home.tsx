import { useTranslation } from "react-i18next";
import { Link } from "../../shell/router";
import { CountryPicker } from "../components/CountryPicker";
import { EntryCard } from "../components/EntryCard";
import { setCountry, useCountry } from "../lib/country";
import { useDirectory } from "../lib/directory";

export function Home() {
  const { t } = useTranslation();
  const country = useCountry();
  const { directory } = useDirectory();
  const mission = country && directory ? directory.missionFor(country) : undefined;

  return (
    <div className="screen">
      <h1 tabIndex={-1} className="visually-hidden">
        {t("home.title")}
      </h1>
      <Link to="/emergency" className="sos-big">
        <span className="sos-title">{t("home.sos")}</span>
        <span className="sos-sub">{t("home.sosSub")}</span>
      </Link>

      <Link to="/chat" className="card card-link chat-card">
        <span className="card-title">{t("home.chatTitle")} ›</span>
        <span>{t("home.chatSub")}</span>
      </Link>

      <section aria-labelledby="mission-h" className="mission">
        <h2 id="mission-h">{t("home.missionTitle")}</h2>
        {!country && <p>{t("home.chooseCountry")}</p>}
        <CountryPicker directory={directory} value={country} onChange={setCountry} />
        {mission && <EntryCard entry={mission} phoneMax={2} headingLevel={3} />}
      </section>

      <nav aria-labelledby="more-h" className="menu">
        <h2 id="more-h">{t("home.more")}</h2>
        <Link to="/directory">{t("home.directory")}</Link>
        <Link to="/country">{t("home.facts")}</Link>
        <Link to="/lapor-diri">{t("home.laporDiri")}</Link>
        <Link to="/lapor-diri/saya">{t("home.myRegistration")}</Link>
        <Link to="/juang">{t("home.juang")}</Link>
      </nav>
      <p className="hint">{t("exit.hint")}</p>
    </div>
  );
}
