import { categoryName, DEFAULT_CATEGORIES, type Money, monthReport, type Transaction, toDisplayNumberString, trendReport } from "@safetravel/juang";
import { useState } from "react";
import { all, transactionsOf, useLive } from "../db";
import { useJ } from "../i18n";
import { lastMonths, type Profile, rateTable, type StoredRate, thisMonth } from "../model";
import { BarChart, CategoryBars, Screen, Select } from "../ui";

/** Month report in a chosen currency, with the rates it used; a 6-month trend chart. */
export default function Report({ profile }: { profile: Profile }) {
  const { t, lang, fmt } = useJ();
  const months = lastMonths(12);
  const [month, setMonth] = useState(thisMonth());
  const [currency, setCurrency] = useState(profile.currency);
  const trendMonths = lastMonths(6, month);
  const data = useLive(async () => {
    const [txs, rates] = await Promise.all([transactionsOf<Transaction>(trendMonths), all<StoredRate>("rates")]);
    return { txs, rates };
  }, [month]);

  if (!data) return <p className="loading">{t("title")}…</p>;
  const rates = rateTable(data.rates);
  const r = monthReport(
    data.txs.filter((x) => x.date.startsWith(month)),
    month,
    { currency, rates },
  );
  const trend = trendReport(data.txs, trendMonths[0]!, month, { currency, rates });
  const num = (m: Money) => Number(toDisplayNumberString(m));
  const cats = Object.entries(r.byCategory)
    .map(([key, value]) => ({ key, label: categoryName(key, DEFAULT_CATEGORIES, lang), value }))
    .sort((a, b) => b.value.minor - a.value.minor);
  const monthLabel = (m: string) => new Date(`${m}-15T00:00:00`).toLocaleDateString(lang === "id" ? "id-ID" : "en-GB", { month: "short" });
  const lines: [string, Money][] = [
    [t("report.income"), r.income],
    [t("report.expense"), r.expense],
    [t("report.remitted"), r.remitted],
    [t("report.remitFees"), r.remittanceFees],
    [t("report.received"), r.received],
    [t("report.net"), r.net],
  ];

  return (
    <Screen title={t("report.title")}>
      <div className="row j-two">
        <Select label={t("report.month")} value={month} onChange={setMonth} options={[...months].reverse().map((m) => ({ value: m, label: m }))} />
        <Select label={t("report.currency")} value={currency} onChange={setCurrency} options={[...new Set([profile.currency, "IDR"])].map((c) => ({ value: c, label: c }))} />
      </div>
      {r.transactionCount === 0 && <p className="hint">{t("report.empty")}</p>}
      <table className="j-table">
        <caption className="visually-hidden">
          {t("report.title")} {month}
        </caption>
        <tbody>
          {lines.map(([label, m]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{fmt(m)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {cats.length > 0 && (
        <section aria-labelledby="j-cat-h">
          <h2 id="j-cat-h">{t("report.byCategory")}</h2>
          <CategoryBars rows={cats} fmt={fmt} />
        </section>
      )}
      <section aria-labelledby="j-trend-h">
        <h2 id="j-trend-h">{t("report.trend")}</h2>
        <BarChart
          title={t("report.chartLabel")}
          labels={trend.months.map((m) => monthLabel(m.month))}
          series={[
            { label: t("report.income"), cls: "s-in", values: trend.months.map((m) => num(m.income)) },
            { label: t("report.expense"), cls: "s-out", values: trend.months.map((m) => num(m.expense)) },
            { label: t("report.remitted"), cls: "s-rem", values: trend.months.map((m) => num(m.remitted)) },
          ]}
          format={(v) => `${currency} ${v}`}
        />
      </section>
      <section aria-labelledby="j-rates-h">
        <h2 id="j-rates-h">{t("report.ratesUsed")}</h2>
        {r.ratesUsed.length === 0 && r.missingRates.length === 0 && <p className="hint">{t("report.noRates")}</p>}
        <ul>
          {r.ratesUsed.map((u) => (
            <li key={`${u.from}${u.to}${u.date}${u.rate}${u.source}`}>
              {t("report.rateLine", {
                from: u.from,
                to: u.to,
                rate: lang === "id" ? u.rate.replace(".", ",") : u.rate,
                src: u.source === "row" ? t("report.srcRow") : t("report.srcTable"),
                date: u.date ? `, ${u.date}` : "",
              })}
              {u.inverted ? " ⇄" : ""}
            </li>
          ))}
        </ul>
        {r.missingRates.map((m) => (
          <p key={`${m.from}${m.to}${m.date}`} className="warn">
            {t("report.missing", { from: m.from, to: m.to, date: m.date })}
          </p>
        ))}
      </section>
    </Screen>
  );
}
