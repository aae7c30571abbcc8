import { useTranslation } from "react-i18next";
import { currentLang, setLang } from "./i18n";
import { quickExit } from "./quickExit";
import { Link } from "./router";

/** Sticky header of every worker screen: home, emergency link, language, quick exit (top right). */
export function Header() {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <Link to="/" className="brand" aria-label={`${t("app.name")}: ${t("app.backHome").replace("← ", "")}`}>
        <img src="/icon.svg" alt="" width="28" height="28" />
        <span className="brand-name">{t("app.name")}</span>
      </Link>
      <Link to="/emergency" className="sos-link">
        {t("nav.emergency")}
      </Link>
      <button
        type="button"
        className="lang"
        aria-label={t("nav.language")}
        onClick={() => setLang(currentLang() === "id" ? "en" : "id")}
      >
        {t("nav.languageShort")}
      </button>
      <button type="button" className="exit" aria-label={t("exit.label")} onClick={() => void quickExit()}>
        ✕ {t("exit.button")}
      </button>
    </header>
  );
}
