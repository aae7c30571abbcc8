import type { Directory } from "@safetravel/directory";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { telHref } from "../lib/phones";
import { PhoneLinks } from "./PhoneLinks";

function CallButton({ label, number, unknown }: { label: string; number: string | null; unknown: string }) {
  if (!number) {
    return (
      <p className="call-tile unknown">
        {label}: {unknown}
      </p>
    );
  }
  return (
    <a className="call-tile" href={telHref(number)}>
      <span className="tile-label">{label}</span>
      <span className="tile-num">{number}</span>
    </a>
  );
}

/** Local police and ambulance, and the mission's hotline. */
export function EmergencyNumbers({ directory, country }: { directory: Directory; country: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const em = directory.emergency(country);
  const ok = em?.verified === true;
  const mission = directory.missionFor(country);
  return (
    <section aria-labelledby={headingId} className="numbers">
      <h2 id={headingId} className="visually-hidden">
        {t("emergency.title")}
      </h2>
      <div className="tiles">
        <CallButton label={t("emergency.callPolice")} number={ok ? (em?.police ?? null) : null} unknown={t("emergency.unknown")} />
        <CallButton
          label={t("emergency.callAmbulance")}
          number={ok ? (em?.ambulance ?? null) : null}
          unknown={t("emergency.unknown")}
        />
      </div>
      <h3>{t("emergency.mission")}</h3>
      {mission ? (
        <>
          <p className="meta">{mission.name}</p>
          <PhoneLinks entry={mission} max={1} big />
        </>
      ) : (
        <p className="unknown">{t("emergency.unknown")}</p>
      )}
    </section>
  );
}

/** The Indonesian 24 h hotline (Kemlu), which works from any country. */
export function NationalHotline({ directory }: { directory: Directory }) {
  const { t } = useTranslation();
  const national = directory.national()[0];
  if (!national) return null;
  return (
    <section aria-labelledby="national-h">
      <h2 id="national-h" className="h3">
        {t("emergency.national")}
      </h2>
      <PhoneLinks entry={national} max={1} />
    </section>
  );
}
