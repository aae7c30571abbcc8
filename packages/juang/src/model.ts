/** The data model of Juang: accounts, categories, transactions and the book that holds them. */
import type { Money } from "./money.js";
import type { RateEntry } from "./rates.js";
import type { Budget } from "./budgets.js";
import type { Goal } from "./goals.js";
import type { Debt, PersonalDebt } from "./debts.js";
import type { RecurringRule } from "./recurring.js";
import type { Quote } from "./remittance.js";

/** Text in Indonesian and English. */
export interface Text2 {
  readonly id: string;
  readonly en: string;
}

export type Lang = "id" | "en";

export type AccountKind = "cash" | "bank" | "e-wallet" | "savings";
export const ACCOUNT_KINDS: readonly AccountKind[] = ["cash", "bank", "e-wallet", "savings"];

export interface Account {
  readonly id: string;
  readonly name: string;
  readonly kind: AccountKind;
  /** Every amount in this account is in this currency. */
  readonly currency: string;
  /** Balance before the first transaction (default 0). */
  readonly opening?: Money;
  readonly archived?: boolean;
}

export type CategoryKind = "income" | "expense";

export interface Category {
  readonly id: string;
  readonly name: Text2;
  readonly kind: CategoryKind;
}

export type TxType = "income" | "expense" | "transfer" | "remittance";
export const TX_TYPES: readonly TxType[] = ["income", "expense", "transfer", "remittance"];

/**
 * One transaction. Amounts are positive; the type says the direction.
 * - income: +amount into accountId.
 * - expense: −amount from accountId.
 * - transfer: −amount (−fee) from accountId, +toAmount into toAccountId (toAmount = amount when
 *   same currency). The fee is an expense in `category` (or the fees category "Biaya").
 * - remittance: −amount −fee from accountId (fee in the sending currency); toAmount is what the
 *   family received. The fee is reported as remittance fees, not as expense.
 */
export interface Transaction {
  readonly id: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly type: TxType;
  readonly accountId: string;
  /** In the account's currency, > 0. */
  readonly amount: Money;
  /** Category id (income/expense; the fee's category on transfers); for remittances: the purpose. */
  readonly category?: string;
  /** Who was paid / paid her; for remittances: the recipient. */
  readonly payee?: string;
  readonly note?: string;
  /** Transfers: the receiving account. */
  readonly toAccountId?: string;
  /** Transfers: what arrived in toAccountId; remittances: what the family received. */
  readonly toAmount?: Money;
  /** Transfers and remittances. */
  readonly fee?: Money;
  /** Remittances: the money-transfer operator, bank or app. */
  readonly provider?: string;
  /** Cross-currency rows: the rate she got (toAmount/amount in major units), 8 decimals, for display. */
  readonly rate?: string;
}

/** Everything a worker keeps in Juang. */
export interface Book {
  readonly accounts: readonly Account[];
  readonly categories: readonly Category[];
  readonly transactions: readonly Transaction[];
  readonly budgets: readonly Budget[];
  readonly goals: readonly Goal[];
  readonly debts: readonly Debt[];
  readonly personalDebts: readonly PersonalDebt[];
  readonly recurring: readonly RecurringRule[];
  readonly rates: readonly RateEntry[];
  readonly quotes: readonly Quote[];
}

/** A structured, bilingual problem (import error, validation error). */
export interface Problem {
  /** 1-based line in the source file (0 when not tied to a line). */
  readonly line: number;
  /** Column / field name, or "" for the whole row. */
  readonly field: string;
  readonly message: Text2;
}
