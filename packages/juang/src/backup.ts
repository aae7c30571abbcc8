/**
 * JSON backup and restore of a whole book. Versioned format:
 *   { "format": "juang-backup", "version": 1, "createdAt": ISO time, "book": Book }
 * Amounts stay integer minor units ({ minor, currency }). Restore validates with zod and checks
 * every transaction against its accounts; problems come back as { line: 0, field: path, message }.
 */
import { z } from "zod";
import { isCurrency } from "./currency.js";
import { isDate, isMonth } from "./dates.js";
import type { Book, Problem } from "./model.js";
import { checkTransaction } from "./transactions.js";

export const BACKUP_FORMAT = "juang-backup";
export const BACKUP_VERSION = 1;

const date = z.string().refine(isDate, "YYYY-MM-DD");
const currency = z.string().refine(isCurrency, "known ISO 4217 code");
const moneyS = z.object({ minor: z.number().int().refine(Number.isSafeInteger, "safe integer"), currency }).strict();
const text2 = z.object({ id: z.string(), en: z.string() }).strict();
const decimal = z.string().regex(/^\d+(\.\d+)?$/);

const account = z
  .object({
    id: z.string().min(1),
    name: z.string(),
    kind: z.enum(["cash", "bank", "e-wallet", "savings"]),
    currency,
    opening: moneyS.optional(),
    archived: z.boolean().optional(),
  })
  .strict();
const category = z.object({ id: z.string().min(1), name: text2, kind: z.enum(["income", "expense"]) }).strict();
const txFields = {
  type: z.enum(["income", "expense", "transfer", "remittance"]),
  accountId: z.string().min(1),
  amount: moneyS,
  category: z.string().optional(),
  payee: z.string().optional(),
  note: z.string().optional(),
  toAccountId: z.string().optional(),
  toAmount: moneyS.optional(),
  fee: moneyS.optional(),
  provider: z.string().optional(),
  rate: decimal.optional(),
};
const transaction = z.object({ id: z.string().min(1), date, ...txFields }).strict();
const payment = z.object({ date, amount: moneyS, note: z.string().optional() }).strict();
const budget = z.object({ id: z.string().min(1), category: z.string(), limit: moneyS, month: z.string().refine(isMonth, "YYYY-MM").optional() }).strict();
const goal = z
  .object({ id: z.string().min(1), name: z.string(), target: moneyS, deadline: date, accountId: z.string().optional(), saved: moneyS.optional() })
  .strict();
const debt = z
  .object({
    id: z.string().min(1),
    kind: z.enum(["placement-fee", "loan"]),
    lender: z.string(),
    principal: moneyS,
    fees: moneyS.optional(),
    schedule: z.array(z.object({ due: date, amount: moneyS }).strict()),
    payments: z.array(payment),
    startDate: date.optional(),
    note: z.string().optional(),
  })
  .strict();
const personalDebt = z
  .object({
    id: z.string().min(1),
    direction: z.enum(["lent", "borrowed"]),
    person: z.string(),
    amount: moneyS,
    date,
    due: date.optional(),
    repayments: z.array(payment),
    note: z.string().optional(),
  })
  .strict();
const recurring = z
  .object({
    id: z.string().min(1),
    template: z.object(txFields).strict(),
    frequency: z.enum(["weekly", "monthly", "yearly"]),
    interval: z.number().int().min(1).optional(),
    start: date,
    end: date.optional(),
    dayOfMonth: z.number().int().min(1).max(31).optional(),
  })
  .strict();
const rate = z.object({ from: currency, to: currency, rate: decimal, date: date.optional(), source: z.string().optional() }).strict();
const quote = z
  .object({
    provider: z.string(),
    date,
    send: moneyS,
    fee: moneyS,
    receiveCurrency: currency,
    received: moneyS.optional(),
    rate: decimal.optional(),
    note: z.string().optional(),
  })
  .strict();

export const bookSchema = z
  .object({
    accounts: z.array(account),
    categories: z.array(category),
    transactions: z.array(transaction),
    budgets: z.array(budget),
    goals: z.array(goal),
    debts: z.array(debt),
    personalDebts: z.array(personalDebt),
    recurring: z.array(recurring),
    rates: z.array(rate),
    quotes: z.array(quote),
  })
  .strict();

export const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    createdAt: z.string(),
    book: bookSchema,
  })
  .strict();

export type Backup = z.infer<typeof backupSchema>;

/** The backup as JSON text. `createdAt` is passed in so the function stays pure. */
export function createBackup(book: Book, createdAt: string): string {
  const backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt, book };
  return JSON.stringify(backup, null, 1);
}

export type RestoreResult = { readonly ok: true; readonly book: Book; readonly createdAt: string } | { readonly ok: false; readonly errors: Problem[] };

export function restoreBackup(input: string | unknown): RestoreResult {
  let data: unknown = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch {
      return { ok: false, errors: [{ line: 0, field: "", message: { id: "Bukan JSON yang sah", en: "Not valid JSON" } }] };
    }
  }
  const v = (data as { version?: unknown } | null)?.version;
  if (typeof v === "number" && v > BACKUP_VERSION) {
    return {
      ok: false,
      errors: [{ line: 0, field: "version", message: { id: `Versi cadangan ${v} lebih baru dari aplikasi ini`, en: `Backup version ${v} is newer than this app` } }],
    };
  }
  const parsed = backupSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, 50).map((i) => ({
        line: 0,
        field: i.path.join("."),
        message: { id: `Data cadangan tidak sah: ${i.message}`, en: `Invalid backup data: ${i.message}` },
      })),
    };
  }
  const book: Book = parsed.data.book;
  const accounts = new Map(book.accounts.map((a) => [a.id, a]));
  const errors: Problem[] = [];
  book.transactions.forEach((tx, i) => {
    for (const p of checkTransaction(tx, accounts)) errors.push({ line: 0, field: `book.transactions.${i}.${p.field}`, message: p.message });
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, 50) };
  return { ok: true, book, createdAt: parsed.data.createdAt };
}
