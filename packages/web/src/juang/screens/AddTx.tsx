import { type Account, type Category, currencyInfo, DEFAULT_CATEGORIES, type Money, type Transaction } from "@safetravel/juang";
import { useEffect, useState } from "react";
import { navigate } from "../../shell/router";
import { all, getMeta, save, setMeta, useLive } from "../db";
import { useJ } from "../i18n";
import { newId, presets, type Profile, readAmount, today } from "../model";
import { Screen } from "../ui";

const HIDDEN = new Set(["remittance"]);

/**
 * Add an expense (or income) in three taps from Juang's home: "+ Pengeluaran" → category →
 * Simpan. The keypad opens with the last amount used for that category; digits can be typed.
 */
export function AddTx({ profile, kind }: { profile: Profile; kind: "expense" | "income" }) {
  const { t, lang, fmt } = useJ();
  const accounts = useLive(() => all<Account>("accounts"), []);
  const [cat, setCat] = useState<Category | undefined>(undefined);
  const [raw, setRaw] = useState("");
  const [date, setDate] = useState(today());
  const [note, setNote] = useState("");
  const [accountId, setAccountId] = useState<string>("");
  const account = accounts?.find((a) => a.id === accountId) ?? accounts?.find((a) => a.currency === profile.currency) ?? accounts?.[0];
  const currency = account?.currency ?? profile.currency;
  const decimals = currencyInfo(currency).display;
  const cats = DEFAULT_CATEGORIES.filter((c) => c.kind === kind && !HIDDEN.has(c.id));

  let amount: Money | undefined;
  try {
    amount = readAmount(raw, currency, "en");
  } catch {
    amount = undefined;
  }

  const pick = async (c: Category) => {
    setRaw("");
    setCat(c);
    const last = (await getMeta<Record<string, string>>("lastAmounts")) ?? {};
    const preset = last[`${currency}:${c.id}`];
    if (preset) setRaw((r) => (r === "" ? preset : r));
  };

  const press = (k: string) => {
    setRaw((r) => {
      if (k === "⌫") return r.slice(0, -1);
      if (k === ".") return decimals === 0 || r.includes(".") ? r : `${r || "0"}.`;
      const frac = r.split(".")[1];
      if (frac !== undefined && frac.length + k.length > decimals) return r;
      const next = `${r}${k}`.replace(/^0+(?=\d)/, "");
      return next.replace(".", "").length > 12 ? r : next;
    });
  };

  const submit = async () => {
    if (!cat || !amount || amount.minor <= 0 || !account) return;
    const tx: Transaction = {
      id: newId("t"),
      date,
      type: kind,
      accountId: account.id,
      amount,
      category: cat.id,
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    await save("transactions", tx);
    const last = (await getMeta<Record<string, string>>("lastAmounts")) ?? {};
    await setMeta("lastAmounts", { ...last, [`${currency}:${cat.id}`]: raw });
    navigate("/juang");
  };

  // Typing digits on a keyboard works too.
  // Re-bound on every render on purpose (latest state).
  useEffect(() => {
    if (!cat) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT")) return;
      if (/^\d$/.test(e.key)) press(e.key);
      else if (e.key === "Backspace") press("⌫");
      else if (e.key === "." || e.key === ",") press(".");
      else if (e.key === "Enter") void submit();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const title = kind === "income" ? t("add.incomeTitle") : t("add.expenseTitle");
  if (!cat) {
    return (
      <Screen title={title}>
        <h2>{t("add.pick")}</h2>
        <div className="j-cat-grid">
          {cats.map((c) => (
            <button key={c.id} type="button" className="j-cat-btn" onClick={() => void pick(c)}>
              {c.name[lang]}
            </button>
          ))}
        </div>
      </Screen>
    );
  }

  const keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", decimals === 0 ? "000" : ".", "0", "⌫"];
  return (
    <Screen title={title}>
      <p className="j-cat-chosen">
        <strong>{cat.name[lang]}</strong>{" "}
        <button type="button" className="linklike" onClick={() => setCat(undefined)}>
          {t("add.change")}
        </button>
      </p>
      <output className="j-amount" aria-live="polite" aria-label={t("add.amountFor", { cat: cat.name[lang] })}>
        {amount ? fmt(amount) : fmt({ minor: 0, currency })}
      </output>
      <fieldset className="j-presets">
        <legend className="visually-hidden">{t("add.presets")}</legend>
        {presets(currency).map((p) => (
          <button key={p} type="button" className="j-chip" onClick={() => setRaw(String(p))}>
            {fmt(readAmount(String(p), currency, "en") as Money)}
          </button>
        ))}
      </fieldset>
      <div className="j-keypad">
        {keys.map((k) => (
          <button
            key={k}
            type="button"
            className="j-key"
            aria-label={k === "⌫" ? t("add.clear") : k === "." ? (lang === "id" ? "koma" : "point") : undefined}
            onClick={() => press(k)}
          >
            {k === "." ? (lang === "id" ? "," : ".") : k}
          </button>
        ))}
      </div>
      <button type="button" className="button wide j-save" disabled={!amount || amount.minor <= 0} onClick={() => void submit()}>
        {kind === "income" ? t("add.saveIncome") : t("add.saveExpense")}
      </button>
      <details className="j-more">
        <summary>{t("add.more")}</summary>
        <div className="field">
          <label htmlFor="j-date">{t("date")}</label>
          <input id="j-date" type="date" value={date} onChange={(e) => setDate(e.target.value || today())} />
        </div>
        <div className="field">
          <label htmlFor="j-note">{t("note")}</label>
          <input id="j-note" value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        {accounts && accounts.length > 1 && (
          <div className="field">
            <label htmlFor="j-acc">{t("add.account")}</label>
            <select id="j-acc" value={account?.id ?? ""} onChange={(e) => setAccountId(e.target.value)}>
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} ({a.currency})
                </option>
              ))}
            </select>
          </div>
        )}
      </details>
    </Screen>
  );
}
