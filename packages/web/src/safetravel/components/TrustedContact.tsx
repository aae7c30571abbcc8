import { useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../shell/i18n";
import type { AlertLocation } from "../lib/alertQueue";
import { getPosition } from "../lib/geolocation";
import { buildTrustedMessage, smsHref, whatsappShareHref } from "../lib/trustedMessage";

/** A ready message for a trusted contact by SMS or WhatsApp; her location only when she taps. */
export function TrustedContact({ countryName, missionPhone }: { countryName: string | null; missionPhone: string | null }) {
  const { t } = useTranslation();
  const [location, setLocation] = useState<AlertLocation | null>(null);
  const [status, setStatus] = useState<"idle" | "locating" | "added" | "failed">("idle");
  const message = buildTrustedMessage({ lang: currentLang(), location, countryName, missionPhone });

  const locate = async () => {
    setStatus("locating");
    const loc = await getPosition();
    setLocation(loc);
    setStatus(loc ? "added" : "failed");
  };

  return (
    <section aria-labelledby="trusted-h" className="card trusted">
      <h2 id="trusted-h">{t("emergency.trustedTitle")}</h2>
      <p className="message-preview">{message}</p>
      <button type="button" className="button secondary" onClick={locate} disabled={status === "locating"}>
        {t("emergency.addLocation")}
      </button>
      <p role="status" className="status">
        {status === "locating" && t("emergency.locating")}
        {status === "added" && t("emergency.locationAdded")}
        {status === "failed" && t("emergency.locationFailed")}
      </p>
      <div className="row">
        <a className="button" href={smsHref(message)}>
          {t("emergency.sendSms")}
        </a>
        <a className="button wa-button" href={whatsappShareHref(message)} target="_blank" rel="noreferrer noopener">
          {t("emergency.sendWhatsapp")}
        </a>
      </div>
    </section>
  );
}
