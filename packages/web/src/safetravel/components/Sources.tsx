import type { Source } from "@safetravel/directory";
import { useTranslation } from "react-i18next";

/** "Checked <date>" with the sources it was read from, folded. */
export function Checked({ checked, sources }: { checked: string | null; sources: Source[] }) {
  const { t } = useTranslation();
  return (
    <details className="sources">
      <summary>
        {checked ? t("directory.checked", { date: checked }) : t("directory.notChecked")} · {t("directory.sources")} (
        {sources.length})
      </summary>
      <ul>
        {sources.map((s) => (
          <li key={s.url + s.date}>
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              {hostOf(s.url)}
            </a>{" "}
            ({s.date}){s.note ? ` — ${s.note}` : ""}
          </li>
        ))}
      </ul>
    </details>
  );
}

function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return u.hostname.replace(/^www\./, "") + (u.pathname.length > 1 ? u.pathname.slice(0, 30) : "");
  } catch {
    return url;
  }
}
