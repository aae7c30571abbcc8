import { useTranslation } from "react-i18next";

/** Placeholder for the officers' Console (/console/…); another engineer replaces this module. */
export default function ConsoleArea() {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <h1 tabIndex={-1}>Console</h1>
      <p>{t("placeholder.console")}</p>
    </div>
  );
}
