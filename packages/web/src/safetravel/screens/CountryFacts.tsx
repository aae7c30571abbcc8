import type { CountryFact } from "@safetravel/directory";
import { useTranslation } from "react-i18next";
import { currentLang } from "../../shell/i18n";
import { CountryPicker } from "../components/CountryPicker";
import { Screen } from "../components/Screen";
import { Checked } from "../components/Sources";
import { setCountry, useCountry } from "../lib/country";
import { useDirectory } from "../lib/directory";
import { FACT_TOPICS, factChecked, formatAmount } from "../lib/facts";

function Fact({ topic, fact }: { topic: string; fact: CountryFact | undefined }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <article className="card fact">
      <h2>{t(`facts.topics.${topic}`)}</h2>
      {!fact ? (
        <p className="unknown">{t("facts.none")}</p>
      ) : (
        <>
          {!fact.verified && <p className="warn">{t("facts.unverified")}</p>}
          <p>{lang === "en" ? fact.en : fact.id}</p>
          {fact.amount && (
            <p>
              <span className="label">{t("facts.amount")}: </span>
              {formatAmount(fact.amount, lang)}
            </p>
          )}
          {fact.law && (
            <p className="small">
              <span className="label">{t("facts.law")}: </span>
              {fact.law}
            </p>
          )}
          {fact.caveat && (
            <p className="small">
              <span className="label">{t("facts.caveat")}: </span>
              {fact.caveat}
            </p>
          )}
          <Checked checked={factChecked(fact)} sources={fact.sources} />
        </>
      )}
    </article>
  );
}

/** Her rights in the country where she works: passport, rest day, wage, changing employer, SPLP, complaints. */
export default function CountryFacts() {
  const { t } = useTranslation();
  const country = useCountry();
  const { directory } = useDirectory();
  const facts = country && directory ? directory.country(country) : undefined;
  return (
    <Screen title={t("facts.title")}>
      <CountryPicker directory={directory} value={country} onChange={setCountry} />
      {!directory && <p role="status">{t("app.loading")}</p>}
      {directory && country && (
        <div className="results">
          {FACT_TOPICS.map((topic) => (
            <Fact key={topic} topic={topic} fact={facts?.facts.find((f) => f.topic === topic)} />
          ))}
        </div>
      )}
    </Screen>
  );
}
