import type { CountryFact, Source } from "@safetravel/directory";

/** The topics the country-facts screen shows, in order. */
export const FACT_TOPICS = [
  "passportRetention",
  "restDay",
  "minimumWage",
  "changeEmployer",
  "lostPassport",
  "laborComplaint",
] as const;

/** Same rule as the directory package: only a date at the start counts ("2019-10-17 (…)"). */
const DATE_PREFIX = /^(\d{4}(?:-\d{2})?(?:-\d{2})?)(?![\d-])/;

/** Newest dated source of a fact ("2024-12-02", "2024-12", "2024"), or null when all are undated. */
export function newestSourceDate(sources: readonly Source[]): string | null {
  let best: string | null = null;
  for (const s of sources) {
    const d = DATE_PREFIX.exec(s.date.trim())?.[1];
    if (d && (best === null || pad(d) > pad(best))) best = d;
  }
  return best;
}

/** "2024" → "2024-00-00" so that "2024-12-02" sorts after "2024-12" and "2024". */
function pad(d: string): string {
  return `${d}-00-00`.slice(0, 10);
}

export function factChecked(fact: Pick<CountryFact, "sources">): string | null {
  return newestSourceDate(fact.sources);
}

/** "HKD 5,100 / bulan" style amount in her language. */
export function formatAmount(amount: NonNullable<CountryFact["amount"]>, lang: "id" | "en"): string {
  let money: string;
  try {
    money = new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-GB", { style: "currency", currency: amount.currency }).format(
      amount.value,
    );
  } catch {
    money = `${amount.currency} ${amount.value}`;
  }
  const per = PER[amount.per]?.[lang] ?? amount.per;
  return `${money} / ${per} (${lang === "id" ? "berlaku" : "from"} ${amount.effective})`;
}

const PER: Record<string, { id: string; en: string }> = {
  month: { id: "bulan", en: "month" },
  hour: { id: "jam", en: "hour" },
  day: { id: "hari", en: "day" },
  week: { id: "minggu", en: "week" },
  year: { id: "tahun", en: "year" },
};
