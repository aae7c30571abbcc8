import type { DirectoryQuery, EntryKind } from "@safetravel/directory";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { CountryPicker } from "../components/CountryPicker";
import { EntryCard } from "../components/EntryCard";
import { Screen } from "../components/Screen";
import { getCountry } from "../lib/country";
import { useDirectory } from "../lib/directory";
import { KINDS } from "../lib/kinds";

/** Search the directory by country, city, kind of help and free text; works offline. */
export default function DirectoryScreen() {
  const { t } = useTranslation();
  const id = useId();
  const { directory } = useDirectory();
  const [country, setCountry] = useState<string | null>(getCountry());
  const [city, setCity] = useState("");
  const [kind, setKind] = useState<EntryKind | "">("");
  const [q, setQ] = useState("");

  const cities = useMemo(() => {
    if (!directory || !country) return [];
    const set = new Set<string>();
    for (const e of directory.entries({ country })) if (e.city) set.add(e.city);
    return [...set].sort();
  }, [directory, country]);

  const results = useMemo(() => {
    if (!directory) return [];
    const query: DirectoryQuery = {};
    if (country) query.country = country;
    if (city) query.city = city;
    if (kind) query.kind = kind;
    if (q.trim()) query.q = q.trim();
    const found = directory.entries(query);
    // Indonesian national hotlines help everywhere: show them with a country's results.
    if (country && !city && (!kind || kind === "hotline") && !q.trim()) {
      for (const n of directory.national()) if (!found.some((e) => e.id === n.id)) found.push(n);
    }
    return found;
  }, [directory, country, city, kind, q]);

  return (
    <Screen title={t("directory.title")}>
      <search>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t("directory.search")}</label>
          <input id={`${id}-q`} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <CountryPicker
          directory={directory}
          value={country}
          allowAny
          onChange={(c) => {
            setCountry(c);
            setCity("");
          }}
        />
        {cities.length > 1 && (
          <div className="field">
            <label htmlFor={`${id}-city`}>{t("directory.city")}</label>
            <select id={`${id}-city`} value={city} onChange={(e) => setCity(e.target.value)}>
              <option value="">{t("directory.any")}</option>
              {cities.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t("directory.kind")}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as EntryKind | "")}>
            <option value="">{t("directory.any")}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`directory.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      </search>
      {!directory ? (
        <p role="status">{t("app.loading")}</p>
      ) : (
        <>
          <p role="status" className="count">
            {results.length ? t("directory.results", { count: results.length }) : t("directory.none")}
          </p>
          <div className="results">
            {results.map((e) => (
              <EntryCard key={e.id} entry={e} />
            ))}
          </div>
        </>
      )}
    </Screen>
  );
}
