import { useTranslation } from "react-i18next";
import { Link } from "../../shell/router";
import { Screen } from "../components/Screen";

/** Placeholder: the assistant's chat is built by another engineer. */
export default function ChatPlaceholder() {
  const { t } = useTranslation();
  return (
    <Screen title={t("home.chatTitle")}>
      <p>{t("placeholder.chat")}</p>
      <p className="row">
        <Link className="button" to="/emergency">
          {t("nav.emergency")}
        </Link>
        <Link className="button secondary" to="/directory">
          {t("home.directory")}
        </Link>
      </p>
    </Screen>
  );
}
