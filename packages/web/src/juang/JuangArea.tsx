import { useTranslation } from "react-i18next";
import { Link } from "../shell/router";

/** Placeholder for the Juang area (/juang/…); another engineer replaces this module. */
export default function JuangArea() {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <Link to="/" className="back">
        {t("app.backHome")}
      </Link>
      <h1 tabIndex={-1}>Juang</h1>
      <p>{t("placeholder.juang")}</p>
    </div>
  );
}
