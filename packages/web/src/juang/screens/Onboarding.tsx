import type { Goal, Money, RecurringRule } from "@safetravel/juang";
import { type FormEvent, useState } from "react";
import { navigate } from "../../shell/router";
import { save } from "../db";
import { useJ } from "../i18n";
import { amountExample, COUNTRIES, type Profile, readAmount, SALARY_CURRENCIES, today } from "../model";
import { Field, Select } from "../ui";
import { PairForm } from "./SyncPanel";

/** First run: country, salary currency and amount, payday, what she saves for. About a minute. */
export function Onboarding({ pair }: { pair: boolean }) {
  const { t, lang } = useJ();
  const [country, setCountry] = useState("HK");
  const [currency, setCurrency] = useState("HKD");
  const [salary, setSalary] = useState("");
  const [payday, setPayday] = useState("1");
  const [goal, setGoal] = useState("");
  const [goalTarget, setGoalTarget] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    let sal: Money | undefined;
    let target: Money | undefined;
    try {
      sal = readAmount(salary, currency, lang);
      if (!sal) errs.salary = t("required");
    } catch {
      errs.salary = t("badAmount", { ex: amountExample(currency, lang) });
    }
    try {
      target = readAmount(goalTarget, "IDR", lang);
    } catch {
      errs.goalTarget = t("badAmount", { ex: amountExample("IDR", lang) });
    }
    const day = Number(payday);
    if (!/^\d{1,2}$/.test(payday) || day < 1 || day > 31) errs.payday = "1–31";
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !sal) return;
    const start = today();
    const profile: Profile = { id: "me", country, currency, salary: sal, payday: day, createdAt: start, ...(goal.trim() ? { saveFor: goal.trim() } : {}) };
    await save("accounts", { id: "wallet", name: t("onb.wallet"), kind: "cash", currency });
    const rule: RecurringRule = {
      id: "salary",
      frequency: "monthly",
      start: `${start.slice(0, 8)}${String(Math.min(day, 28)).padStart(2, "0")}`,
      dayOfMonth: day,
      template: { type: "income", accountId: "wallet", amount: sal, category: "salary", payee: t("onb.salaryRule") },
    };
    await save("recurring", rule);
    if (goal.trim() && target && target.minor > 0) {
      const y = Number(start.slice(0, 4)) + 2;
      const g: Goal = { id: "goal-main", name: goal.trim(), target, deadline: `${y}${start.slice(4)}`, saved: { minor: 0, currency: "IDR" } };
      await save("goals", g);
    }
    await save("profile", profile);
    navigate("/juang");
  };

  if (pair) {
    return (
      <div className="screen juang">
        <h1 tabIndex={-1}>{t("title")}</h1>
        <PairForm />
      </div>
    );
  }

  return (
    <div className="screen juang">
      <h1 tabIndex={-1}>{t("title")}</h1>
      <p>{t("onb.lead")}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Select
          label={t("onb.country")}
          value={country}
          onChange={(v) => {
            setCountry(v);
            const c = COUNTRIES.find((x) => x.code === v);
            if (c) setCurrency(c.currency);
          }}
          options={[...COUNTRIES.map((c) => ({ value: c.code, label: c[lang] })), { value: "XX", label: t("onb.other") }]}
        />
        <Select label={t("onb.currency")} value={currency} onChange={setCurrency} options={SALARY_CURRENCIES.map((c) => ({ value: c, label: c }))} />
        <Field label={`${t("onb.salary")} (${currency})`} value={salary} onChange={setSalary} inputMode="decimal" error={errors.salary} required />
        <Field label={t("onb.payday")} value={payday} onChange={setPayday} inputMode="numeric" error={errors.payday} />
        <Field label={`${t("onb.goal")} ${t("optional")}`} value={goal} onChange={setGoal} placeholder={t("onb.goalPh")} />
        {goal.trim() && <Field label={t("onb.goalTarget")} value={goalTarget} onChange={setGoalTarget} inputMode="decimal" error={errors.goalTarget} />}
        <button type="submit" className="button wide">
          {t("onb.start")}
        </button>
      </form>
      <a
        href="/juang/pair"
        onClick={(e) => {
          e.preventDefault();
          navigate("/juang/pair");
        }}
      >
        {t("onb.pair")}
      </a>
    </div>
  );
}
