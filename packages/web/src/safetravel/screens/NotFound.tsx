import { useTranslation } from "react-i18next";
import { Screen } from "../components/Screen";

export default function NotFound() {
  const { t } = useTranslation();
  return (
    <Screen title={t("app.notFound")}>
      <p />
    </Screen>
  );
}
