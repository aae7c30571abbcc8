import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../shell/router";

/** A screen: back-to-home link, focusable heading (focus moves here on navigation), content. */
export function Screen({ title, children, home = true }: { title: string; children: ReactNode; home?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="screen">
      {home && (
        <Link to="/" className="back">
          {t("app.backHome")}
        </Link>
      )}
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </div>
  );
}
