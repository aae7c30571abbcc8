import type { DirectoryEntry } from "@safetravel/directory";
import { useTranslation } from "react-i18next";
import { callablePhones, telHref, whatsappHref } from "../lib/phones";

/** Tap-to-call (and WhatsApp) links for an entry's checked numbers; "not known" otherwise. */
export function PhoneLinks({ entry, max, big }: { entry: DirectoryEntry; max?: number; big?: boolean }) {
  const { t } = useTranslation();
  const phones = callablePhones(entry).slice(0, max ?? Number.POSITIVE_INFINITY);
  if (!phones.length) return <p className="unknown">{t("directory.phoneUnknown")}</p>;
  return (
    <ul className="phones">
      {phones.map((p) => {
        const wa = p.whatsapp ? whatsappHref(p.number) : null;
        return (
          <li key={p.number}>
            <a className={big ? "call big" : "call"} href={telHref(p.number)}>
              {t("directory.call")} <span className="num">{p.number}</span>
            </a>
            {wa && (
              <a className="wa" href={wa} target="_blank" rel="noreferrer noopener">
                {t("directory.whatsapp")} <span className="visually-hidden">{p.number}</span>
              </a>
            )}
            <span className="phone-label">{p.label}</span>
          </li>
        );
      })}
    </ul>
  );
}
