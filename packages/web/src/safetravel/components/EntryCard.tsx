import type { DirectoryEntry } from "@safetravel/directory";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../shell/i18n";
import { PhoneLinks } from "./PhoneLinks";
import { Checked } from "./Sources";

export function entryName(e: DirectoryEntry, lang: "id" | "en"): string {
  return lang === "en" && e.nameEn ? e.nameEn : e.name;
}

/** One directory entry: name, kind, numbers (checked ones only), address, checked date and sources. */
export function EntryCard({ entry, phoneMax, headingLevel = 2 }: { entry: DirectoryEntry; phoneMax?: number; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="card entry">
      <H>{entryName(entry, lang)}</H>
      <p className="meta">
        {t(`directory.kinds.${entry.kind}`)}
        {entry.city ? ` · ${entry.city}` : ""}
      </p>
      {!entry.verified && <p className="warn">{t("directory.unverified")}</p>}
      <PhoneLinks entry={entry} max={phoneMax} />
      {entry.address && (
        <p>
          <span className="label">{t("directory.address")}: </span>
          {entry.address}
        </p>
      )}
      {entry.hours && (
        <p>
          <span className="label">{t("directory.hours")}: </span>
          {entry.hours}
        </p>
      )}
      {entry.website && (
        <p>
          <a href={entry.website} target="_blank" rel="noreferrer noopener">
            {t("directory.website")}
          </a>
        </p>
      )}
      <Checked checked={entry.checked} sources={entry.sources} />
    </article>
  );
}
