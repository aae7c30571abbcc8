/** Quotes a country fact in her language, with its law and date; says so when the data has none. */
import type { Directory } from "@safetravel/directory";
import { type MessageKey, MESSAGES, t } from "./messages.js";
import type { ReplyLanguage } from "./state.js";

/** "None" in the data means no law was named. */
function lawOf(law: string | null): string | null {
  return law && law.trim().toLowerCase() !== "none" ? law : null;
}

/**
 * One paragraph per topic the data knows, and one line naming the topics it does not know
 * ("Belum ada info pasti untuk negara ini …"): a gap is said, never filled with a guess.
 */
export function quoteFacts(
  language: ReplyLanguage,
  directory: Directory,
  country: string,
  countryName: string,
  topics: string[],
): string[] {
  const paragraphs: string[] = [];
  const missing: string[] = [];
  for (const topic of topics) {
    const fact = directory.fact(country, topic);
    if (!fact) {
      const key = `topic.${topic}`;
      missing.push(key in MESSAGES ? t(language, key as MessageKey) : topic);
      continue;
    }
    const law = lawOf(fact.law);
    paragraphs.push(
      [
        t(language, "fact.quote", { country: countryName, text: language === "en" ? fact.en : fact.id }),
        law ? t(language, "fact.law", { law }) : undefined,
        fact.checked ? t(language, "fact.checked", { checked: fact.checked }) : undefined,
        fact.verified ? undefined : t(language, "fact.unverified"),
      ]
        .filter((part) => part !== undefined)
        .join(" "),
    );
  }
  if (paragraphs.length === 0) return [t(language, "fact.none")];
  if (missing.length > 0) paragraphs.push(t(language, "fact.noneFor", { topics: missing.join(", ") }));
  return paragraphs;
}
