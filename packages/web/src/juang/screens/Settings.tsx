import {
  type Account,
  type Book,
  createBackup,
  DEFAULT_CATEGORIES,
  exportTransactionsCsv,
  importTransactionsCsv,
  type Problem,
  restoreBackup,
  type Transaction,
} from "@safetravel/juang";
import { type ChangeEvent, useState } from "react";
import { setLang } from "../../shell/i18n";
import { navigate } from "../../shell/router";
import { all, getMeta, remove, saveMany, setMeta, TABLES, type TableName, useLive, wipeJuang } from "../db";
import { useJ } from "../i18n";
import { type Profile, readRate, type StoredRate, today } from "../model";
import { hashPin, isPinFormat, type PinHash } from "../pin";
import { Field, Problems, Screen } from "../ui";
import { SyncPanel } from "./SyncPanel";

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const BOOK_TABLES: Record<keyof Book, TableName> = {
  accounts: "accounts",
  categories: "categories",
  transactions: "transactions",
  budgets: "budgets",
  goals: "goals",
  debts: "debts",
  personalDebts: "personalDebts",
  recurring: "recurring",
  rates: "rates",
  quotes: "quotes",
};

async function loadBook(): Promise<Book> {
  const get = (t: TableName) => all<never>(t);
  const [accounts, categories, transactions, budgets, goals, debts, personalDebts, recurring, rates, quotes] = await Promise.all(
    (Object.values(BOOK_TABLES) as TableName[]).map(get),
  );
  const strip = <T,>(list: T[] | undefined): T[] => (list ?? []).map((r) => r);
  return {
    accounts: strip(accounts),
    categories: (categories?.length ?? 0) > 0 ? strip(categories) : [...DEFAULT_CATEGORIES],
    transactions: strip(transactions),
    budgets: strip(budgets),
    goals: strip(goals),
    debts: strip(debts),
    personalDebts: strip(personalDebts),
    recurring: strip(recurring),
    rates: (rates ?? []).map(({ id: _id, ...r }: StoredRate) => r),
    quotes: (quotes ?? []).map(({ id: _id, ...q }: { id: string }) => q) as unknown as Book["quotes"],
  } as Book;
}

export default function Settings({ profile, onPinChange }: { profile: Profile; onPinChange: () => void }) {
  const { t, lang } = useJ();
  const hasPin = useLive(async () => ({ v: (await getMeta<PinHash>("pin")) !== undefined }), []);
  const [pin, setPin] = useState({ a: "", b: "" });
  const [msg, setMsg] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Problem[] | undefined>();
  const [rate, setRate] = useState("");
  const [wipeAsk, setWipeAsk] = useState(false);
  const say = (k: string, v: string) => setMsg((x) => ({ ...x, [k]: v }));

  const importCsv = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    setProblems(undefined);
    const accounts = await all<Account>("accounts");
    const r = importTransactionsCsv(await file.text(), { accounts, categories: DEFAULT_CATEGORIES });
    if (!r.ok) {
      setProblems(r.errors);
      say("data", "");
      return;
    }
    await saveMany("accounts", r.newAccounts);
    await saveMany("transactions", r.transactions);
    say("data", t("settings.imported", { n: r.transactions.length }));
  };

  const restore = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    setProblems(undefined);
    const r = restoreBackup(await file.text());
    if (!r.ok) {
      setProblems(r.errors);
      return;
    }
    for (const [key, table] of Object.entries(BOOK_TABLES) as [keyof Book, TableName][]) {
      const existing = await all<{ id: string }>(table);
      const incoming = (r.book[key] as readonly object[]).map((x) =>
        table === "rates" || table === "quotes" ? { id: rateOrQuoteId(table, x), ...x } : (x as { id: string }),
      ) as { id: string }[];
      const keep = new Set(incoming.map((x) => x.id));
      for (const old of existing) if (!keep.has(old.id)) await remove(table, old.id);
      await saveMany(table, incoming);
    }
    say("data", t("settings.restored"));
  };

  return (
    <Screen title={t("settings.title")}>
      <section aria-labelledby="j-lang-h" className="card">
        <h2 id="j-lang-h">{t("settings.language")}</h2>
        <div className="row">
          <button type="button" className={`button${lang === "id" ? "" : " secondary"}`} aria-pressed={lang === "id"} onClick={() => setLang("id")}>
            Bahasa Indonesia
          </button>
          <button type="button" className={`button${lang === "en" ? "" : " secondary"}`} aria-pressed={lang === "en"} onClick={() => setLang("en")}>
            English
          </button>
        </div>
      </section>

      <section aria-labelledby="j-pin-h" className="card">
        <h2 id="j-pin-h">{t("settings.pin")}</h2>
        <p className="hint">{t("settings.pinLead")}</p>
        <p className="warn">{t("settings.pinForgetWarn")}</p>
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (!isPinFormat(pin.a) || pin.a !== pin.b) {
              say("pin", t("settings.pinBad"));
              return;
            }
            await setMeta("pin", await hashPin(pin.a));
            setPin({ a: "", b: "" });
            say("pin", t("settings.pinSet"));
            onPinChange();
          }}
        >
          <Field label={t("settings.newPin")} type="password" inputMode="numeric" value={pin.a} onChange={(v) => setPin((x) => ({ ...x, a: v.replace(/\D/g, "") }))} />
          <Field label={t("settings.pinRepeat")} type="password" inputMode="numeric" value={pin.b} onChange={(v) => setPin((x) => ({ ...x, b: v.replace(/\D/g, "") }))} />
          <div className="row">
            <button type="submit" className="button">
              {t("settings.setPin")}
            </button>
            {hasPin?.v && (
              <button
                type="button"
                className="button secondary"
                onClick={async () => {
                  await setMeta("pin", undefined);
                  say("pin", t("settings.pinRemoved"));
                }}
              >
                {t("settings.removePin")}
              </button>
            )}
          </div>
          {msg.pin && <p role="status">{msg.pin}</p>}
        </form>
      </section>

      <section aria-labelledby="j-rate-h" className="card">
        <h2 id="j-rate-h">{t("settings.rates")}</h2>
        <p className="hint">{t("settings.ratesLead")}</p>
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              const r = readRate(rate);
              if (!r) throw new SyntaxError();
              const d = today();
              const entry: StoredRate = { id: `${profile.currency}>IDR@${d}`, from: profile.currency, to: "IDR", rate: r, date: d, source: "saya" };
              await saveMany("rates", [entry]);
              setRate("");
              say("rate", `${t("saved")} 1 ${profile.currency} = ${r} IDR (${d})`);
            } catch {
              say("rate", t("badAmount", { ex: "2050,35" }));
            }
          }}
        >
          <Field label={t("settings.rateOf", { cur: profile.currency })} value={rate} onChange={setRate} inputMode="decimal" />
          <button type="submit" className="button secondary">
            {t("settings.addRate")}
          </button>
          {msg.rate && <p role="status">{msg.rate}</p>}
        </form>
      </section>

      <section aria-labelledby="j-data-h" className="card">
        <h2 id="j-data-h">{t("settings.data")}</h2>
        <div className="j-stack">
          <button
            type="button"
            className="button secondary"
            onClick={async () => {
              const [txs, accounts] = await Promise.all([all<Transaction>("transactions"), all<Account>("accounts")]);
              txs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
              download(`juang-${today()}.csv`, exportTransactionsCsv(txs, accounts), "text/csv");
            }}
          >
            {t("settings.exportCsv")}
          </button>
          <label className="button secondary j-file">
            {t("settings.importCsv")}
            <input type="file" accept=".csv,text/csv" className="visually-hidden" onChange={(e) => void importCsv(e)} />
          </label>
          <button type="button" className="button secondary" onClick={async () => download(`juang-cadangan-${today()}.json`, createBackup(await loadBook(), new Date().toISOString()), "application/json")}>
            {t("settings.backup")}
          </button>
          <label className="button secondary j-file">
            {t("settings.restore")}
            <input type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void restore(e)} />
          </label>
          <p className="hint">{t("settings.restoreWarn")}</p>
        </div>
        {msg.data && <p role="status" className="ok-box">{msg.data}</p>}
        {problems && <Problems title={t("settings.importErrors")} problems={problems} />}
      </section>

      <SyncPanel />

      <section aria-labelledby="j-wipe-h" className="card danger-zone">
        <h2 id="j-wipe-h">{t("settings.wipe")}</h2>
        {!wipeAsk ? (
          <button type="button" className="button danger" onClick={() => setWipeAsk(true)}>
            {t("settings.wipe")}
          </button>
        ) : (
          <div className="warn-box">
            <p>{t("settings.wipeConfirm")}</p>
            <div className="row">
              <button
                type="button"
                className="button danger"
                onClick={async () => {
                  await wipeJuang();
                  navigate("/juang");
                  window.location.reload();
                }}
              >
                {t("delete")}
              </button>
              <button type="button" className="button secondary" onClick={() => setWipeAsk(false)}>
                {t("cancel")}
              </button>
            </div>
          </div>
        )}
      </section>
      <p className="hint">{TABLES.length > 0 ? "" : ""}</p>
    </Screen>
  );
}

function rateOrQuoteId(table: TableName, x: object): string {
  const o = x as Record<string, unknown>;
  if (table === "rates") return `${String(o.from)}>${String(o.to)}@${String(o.date ?? "")}`;
  return `q-${String(o.provider)}-${String(o.date)}-${JSON.stringify(o.send)}`;
}
