/**
 * The Juang CSV format: one row per transaction, header and columns exactly
 *   date,type,account,amount,currency,category,payee,note,to_account,to_amount,to_currency,fee,fee_currency,provider
 * See README.md. Import is all-or-nothing: one bad row refuses the whole file, and every problem
 * is returned as { line, field, message: { id, en } }.
 */
import { findCategory } from "./categories.js";
import { isCurrency } from "./currency.js";
import { isDate } from "./dates.js";
import { CsvSyntaxError, parseCsv, writeCsv } from "./csv.js";
import type { Account, AccountKind, Category, Problem, Transaction, TxType } from "./model.js";
import { TX_TYPES } from "./model.js";
import { type Money, parseMoney, toDecimalString } from "./money.js";
import { checkTransaction, rateGot } from "./transactions.js";

export const CSV_COLUMNS = [
  "date",
  "type",
  "account",
  "amount",
  "currency",
  "category",
  "payee",
  "note",
  "to_account",
  "to_amount",
  "to_currency",
  "fee",
  "fee_currency",
  "provider",
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export interface CsvImportOptions {
  /** Existing accounts; a row's account is matched by id or name. Unknown names create accounts. */
  readonly accounts?: readonly Account[];
  /**
   * Categories to resolve the category column against (by id or Indonesian/English name, case-
   * insensitive) into category ids. When absent, the text is kept as written. Unknown text is kept
   * as written and listed in newCategories. Remittance rows keep their purpose as written.
   */
  readonly categories?: readonly Category[];
  /** Stop collecting problems after this many (default 200). */
  readonly maxProblems?: number;
}

export type CsvImportResult =
  | {
      readonly ok: true;
      readonly transactions: Transaction[];
      /** All accounts: the given ones and those the file created (id = name). */
      readonly accounts: Account[];
      readonly newAccounts: Account[];
      readonly newCategories: string[];
    }
  | { readonly ok: false; readonly errors: Problem[] };

const msg = (line: number, field: string, id: string, en: string): Problem => ({ line, field, message: { id, en } });

function guessKind(name: string): AccountKind {
  const n = name.toLowerCase();
  if (/tabung|saving|celeng/.test(n)) return "savings";
  if (/wallet|dompet digital|dana|ovo|gopay|go-pay|shopeepay|alipay|wechat|octopus|payme|tap ?& ?go|linkaja|gcash/.test(n)) return "e-wallet";
  if (/bank|rekening|bri|bni|bca|mandiri|btn|hsbc|dbs|posb|maybank|cimb|ocbc|citi|hang seng|standard chartered|boc|account/.test(n)) return "bank";
  return "cash";
}

/** FNV-1a over a string, two 32-bit lanes → 16 hex chars. */
function hash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}

const syntaxReason: Record<CsvSyntaxError["reason"], [string, string]> = {
  "unterminated-quote": ["Tanda kutip tidak ditutup", "Unterminated quoted field"],
  "quote-in-field": ['Tanda kutip (") di tengah kolom tanpa kutip; apit kolom dengan kutip dan gandakan kutipnya', 'Quote (") inside an unquoted field; quote the field and double the quote'],
  "after-quote": ["Ada teks setelah kutip penutup", "Text after a closing quote"],
};

export function importTransactionsCsv(text: string, opts: CsvImportOptions = {}): CsvImportResult {
  const max = opts.maxProblems ?? 200;
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvSyntaxError) {
      const [id, en] = syntaxReason[e.reason];
      return { ok: false, errors: [msg(e.line, "", id, en)] };
    }
    throw e;
  }
  const header = records[0];
  if (!header || header.fields.map((f) => f.trim()).join(",") !== CSV_COLUMNS.join(",")) {
    return {
      ok: false,
      errors: [msg(header?.line ?? 1, "", `Baris judul harus persis: ${CSV_COLUMNS.join(",")}`, `The header must be exactly: ${CSV_COLUMNS.join(",")}`)],
    };
  }
  const errors: Problem[] = [];
  const accounts = new Map<string, Account>();
  const byName = new Map<string, Account>();
  for (const a of opts.accounts ?? []) {
    accounts.set(a.id, a);
    byName.set(a.name, a);
  }
  const newAccounts: Account[] = [];
  const newCategories = new Set<string>();
  const resolved = new Map<string, string>();
  const seen = new Map<string, number>();
  const txs: Transaction[] = [];

  const account = (name: string, currency: string): Account => {
    const found = byName.get(name) ?? accounts.get(name);
    if (found) return found;
    const acc: Account = { id: name, name, kind: guessKind(name), currency };
    accounts.set(acc.id, acc);
    byName.set(name, acc);
    newAccounts.push(acc);
    return acc;
  };
  const category = (textIn: string): string => {
    const r = resolved.get(textIn);
    if (r !== undefined) return r;
    let id = textIn;
    if (opts.categories) {
      const cat = findCategory(textIn, opts.categories);
      if (cat) id = cat.id;
      else newCategories.add(textIn);
    }
    resolved.set(textIn, id);
    return id;
  };

  // per-row state used by the helpers below (defined once, not per row)
  let line = 0;
  let rowErrors: Problem[] = [];
  const bad = (field: string, id: string, en: string) => {
    rowErrors.push(msg(line, field, id, en));
  };
  const cur = (field: string, code: string): boolean => {
    if (isCurrency(code)) return true;
    bad(field, code ? `Mata uang "${code}" tidak dikenal (kode ISO 4217, mis. HKD, IDR)` : "Mata uang kosong", code ? `Unknown currency "${code}" (ISO 4217 code, e.g. HKD, IDR)` : "Currency is empty");
    return false;
  };
  const amt = (field: string, s: string, code: string, positive: boolean): Money | undefined => {
    try {
      const m = parseMoney(s, code);
      if (positive ? m.minor <= 0 : m.minor < 0) {
        bad(field, positive ? "Jumlah harus lebih dari nol" : "Jumlah tidak boleh negatif", positive ? "Amount must be greater than zero" : "Amount cannot be negative");
        return undefined;
      }
      return m;
    } catch (e) {
      if (e instanceof RangeError && /decimals/.test(e.message)) bad(field, `Terlalu banyak angka desimal untuk ${code}`, `Too many decimals for ${code}`);
      else if (e instanceof RangeError) bad(field, "Jumlah terlalu besar", "Amount too large");
      else bad(field, `"${s}" bukan angka desimal (pakai titik untuk desimal, tanpa pemisah ribuan: 1250000 atau 5100.50)`, `"${s}" is not a decimal number (dot for decimals, no thousands separators: 1250000 or 5100.50)`);
      return undefined;
    }
  };

  for (let r = 1; r < records.length && errors.length < max; r++) {
    const rec = records[r]!;
    const fields = rec.fields;
    line = rec.line;
    if (fields.length !== CSV_COLUMNS.length) {
      errors.push(msg(line, "", `Harus ${CSV_COLUMNS.length} kolom, ada ${fields.length}`, `Expected ${CSV_COLUMNS.length} columns, found ${fields.length}`));
      continue;
    }
    // payee and note are kept exactly as written (round trip); the other columns are trimmed;
    // type and currency codes are case-insensitive
    const f = (i: number) => fields[i]!.trim();
    const date = f(0);
    const type = f(1).toLowerCase();
    const accName = f(2);
    const amountS = f(3);
    const currencyS = f(4).toUpperCase();
    const categoryS = f(5);
    const payee = fields[6]!;
    const note = fields[7]!;
    const toAccName = f(8);
    const toAmountS = f(9);
    const toCurS = f(10).toUpperCase();
    const feeS = f(11);
    const feeCurS = f(12).toUpperCase();
    const provider = f(13);
    rowErrors = [];

    if (!isDate(date)) bad("date", `Tanggal "${date}" tidak sah (YYYY-MM-DD, tanggal yang ada)`, `Invalid date "${date}" (YYYY-MM-DD, a real date)`);
    if (!TX_TYPES.includes(type as TxType)) bad("type", `Jenis "${type}" tidak dikenal (income, expense, transfer, remittance)`, `Unknown type "${type}" (income, expense, transfer, remittance)`);
    if (!accName) bad("account", "Nama akun kosong", "Account is empty");

    let amount: Money | undefined;
    if (cur("currency", currencyS)) {
      if (amountS) amount = amt("amount", amountS, currencyS, true);
      else bad("amount", "Jumlah kosong", "Amount is empty");
    }
    let toAmount: Money | undefined;
    if (toAmountS) {
      const toCur = toCurS || (type === "transfer" ? currencyS : "");
      if (!toCur) bad("to_currency", "Isi mata uang jumlah yang diterima", "Give the currency of the amount received");
      else if (cur("to_currency", toCur)) toAmount = amt("to_amount", toAmountS, toCur, true);
    } else if (toCurS) {
      if (type === "transfer" && toCurS !== currencyS) bad("to_amount", `Transfer antar mata uang perlu jumlah diterima dalam ${toCurS}`, `A cross-currency transfer needs the amount received in ${toCurS}`);
      else if (type !== "transfer") bad("to_amount", "to_currency tanpa to_amount", "to_currency without to_amount");
      else cur("to_currency", toCurS);
    }
    let fee: Money | undefined;
    if (feeS) {
      const feeCur = feeCurS || currencyS;
      if (cur("fee_currency", feeCur)) fee = amt("fee", feeS, feeCur, false);
    } else if (feeCurS) bad("fee", "fee_currency tanpa fee", "fee_currency without fee");
    if (toAccName && type !== "transfer") bad("to_account", "Akun tujuan hanya untuk transfer", "Destination account is only for transfers");

    if (rowErrors.length === 0 && amount) {
      const acc = account(accName, amount.currency);
      let toAcc: Account | undefined;
      if (type === "transfer" && toAccName) toAcc = account(toAccName, toAmount?.currency ?? (toCurS || amount.currency));
      // same-currency transfer: the amount received is the amount
      if (type === "transfer" && toAmount && toAmount.currency === amount.currency && toAmount.minor === amount.minor) toAmount = undefined;
      const tx0: { -readonly [K in keyof Transaction]: Transaction[K] } = { id: "", date, type: type as TxType, accountId: acc.id, amount };
      if (categoryS) tx0.category = type === "remittance" ? categoryS : category(categoryS);
      if (payee) tx0.payee = payee;
      if (note) tx0.note = note;
      if (toAcc) tx0.toAccountId = toAcc.id;
      if (toAmount) tx0.toAmount = toAmount;
      if (fee) tx0.fee = fee;
      if (provider) tx0.provider = provider;
      for (const p of checkTransaction(tx0, accounts)) rowErrors.push({ line, ...p });
      if (rowErrors.length === 0) {
        const key = [
          date,
          type,
          acc.id,
          amount.minor,
          amount.currency,
          tx0.category ?? "",
          payee,
          note,
          toAcc?.id ?? "",
          toAmount?.minor ?? "",
          toAmount?.currency ?? "",
          fee?.minor ?? "",
          fee?.currency ?? "",
          provider,
        ].join("\u001f");
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        tx0.id = `csv-${hash(key)}-${n}`;
        const rate = rateGot(tx0);
        if (rate) tx0.rate = rate;
        txs.push(tx0);
      }
    }
    errors.push(...rowErrors);
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, max) };
  return {
    ok: true,
    transactions: txs,
    accounts: [...accounts.values()],
    newAccounts,
    newCategories: [...newCategories],
  };
}

export interface CsvExportOptions {
  readonly eol?: "\r\n" | "\n";
  readonly bom?: boolean;
}

const dec = (m: Money | undefined): string => (m ? toDecimalString(m, { trimZeroFraction: true }) : "");

/** Write transactions in the Juang CSV format (the account columns hold account names). */
export function exportTransactionsCsv(transactions: readonly Transaction[], accounts: readonly Account[], opts: CsvExportOptions = {}): string {
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const tx of transactions) {
    const toCur = tx.toAmount ? tx.toAmount.currency : "";
    rows.push([
      tx.date,
      tx.type,
      names.get(tx.accountId) ?? tx.accountId,
      dec(tx.amount),
      tx.amount.currency,
      tx.category ?? "",
      tx.payee ?? "",
      tx.note ?? "",
      tx.toAccountId ? (names.get(tx.toAccountId) ?? tx.toAccountId) : "",
      dec(tx.toAmount),
      toCur,
      dec(tx.fee),
      tx.fee ? tx.fee.currency : "",
      tx.provider ?? "",
    ]);
  }
  return writeCsv(rows, opts);
}
