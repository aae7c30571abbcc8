/** Building, checking and applying transactions: their effect on account balances. */
import { isDate } from "./dates.js";
import type { Account, Text2, Transaction } from "./model.js";
import { TX_TYPES } from "./model.js";
import { checkSafe, type Money, money } from "./money.js";
import { impliedRate, rateToString } from "./rates.js";

export interface FieldProblem {
  /** CSV column name the problem belongs to ("" = whole row). */
  readonly field: string;
  readonly message: Text2;
}

const fp = (field: string, id: string, en: string): FieldProblem => ({ field, message: { id, en } });

/** The rate she got on a cross-currency row (8 decimals), or undefined. */
export function rateGot(tx: Pick<Transaction, "amount" | "toAmount">): string | undefined {
  const { amount, toAmount } = tx;
  if (!toAmount || toAmount.currency === amount.currency || amount.minor <= 0 || toAmount.minor <= 0) return undefined;
  return rateToString(impliedRate(amount, toAmount), 8);
}

/** Semantic checks of one transaction against the accounts; [] when fine. */
export function checkTransaction(tx: Transaction, accounts: ReadonlyMap<string, Account>): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!isDate(tx.date)) out.push(fp("date", "Tanggal harus YYYY-MM-DD dan ada di kalender", "Date must be YYYY-MM-DD and a real calendar date"));
  if (!TX_TYPES.includes(tx.type)) out.push(fp("type", "Jenis harus income, expense, transfer atau remittance", "Type must be income, expense, transfer or remittance"));
  const acc = accounts.get(tx.accountId);
  if (!acc) out.push(fp("account", "Akun tidak dikenal", "Unknown account"));
  else if (acc.currency !== tx.amount.currency) {
    out.push(fp("currency", `Akun ${acc.name} memakai ${acc.currency}, bukan ${tx.amount.currency}`, `Account ${acc.name} is in ${acc.currency}, not ${tx.amount.currency}`));
  }
  if (tx.amount.minor <= 0) out.push(fp("amount", "Jumlah harus lebih dari nol", "Amount must be greater than zero"));
  if (tx.fee && tx.fee.minor < 0) out.push(fp("fee", "Biaya tidak boleh negatif", "Fee cannot be negative"));
  if (tx.toAmount && tx.toAmount.minor <= 0) out.push(fp("to_amount", "Jumlah diterima harus lebih dari nol", "Amount received must be greater than zero"));
  switch (tx.type) {
    case "income":
    case "expense":
      if (tx.toAccountId || tx.toAmount) out.push(fp("to_account", "Pemasukan/pengeluaran tidak punya akun/jumlah tujuan", "Income/expense rows have no destination account or amount"));
      if (tx.fee) out.push(fp("fee", "Biaya hanya untuk transfer dan kiriman uang", "Fees are only for transfers and remittances"));
      if (tx.provider) out.push(fp("provider", "Penyedia hanya untuk kiriman uang", "Provider is only for remittances"));
      break;
    case "transfer": {
      const to = tx.toAccountId ? accounts.get(tx.toAccountId) : undefined;
      if (!tx.toAccountId) out.push(fp("to_account", "Transfer perlu akun tujuan", "A transfer needs a destination account"));
      else if (!to) out.push(fp("to_account", "Akun tujuan tidak dikenal", "Unknown destination account"));
      else if (tx.toAccountId === tx.accountId) out.push(fp("to_account", "Akun tujuan sama dengan akun asal", "Destination is the same account"));
      else {
        const toCur = tx.toAmount?.currency ?? tx.amount.currency;
        if (to.currency !== toCur) {
          out.push(
            to.currency !== tx.amount.currency && !tx.toAmount
              ? fp("to_amount", `Transfer antar mata uang perlu jumlah diterima dalam ${to.currency}`, `A cross-currency transfer needs the amount received in ${to.currency}`)
              : fp("to_currency", `Akun ${to.name} memakai ${to.currency}, bukan ${toCur}`, `Account ${to.name} is in ${to.currency}, not ${toCur}`),
          );
        } else if (tx.toAmount && tx.toAmount.currency === tx.amount.currency && tx.toAmount.minor !== tx.amount.minor) {
          out.push(fp("to_amount", "Transfer dalam mata uang yang sama: jumlah diterima harus sama", "Same-currency transfer: the amount received must equal the amount"));
        }
        if (tx.fee && tx.fee.currency !== tx.amount.currency && tx.fee.currency !== to.currency) {
          out.push(fp("fee_currency", "Biaya harus dalam mata uang akun asal atau tujuan", "The fee must be in the currency of the source or destination account"));
        }
      }
      if (tx.provider) out.push(fp("provider", "Penyedia hanya untuk kiriman uang", "Provider is only for remittances"));
      break;
    }
    case "remittance":
      if (tx.toAccountId) out.push(fp("to_account", "Kiriman uang tidak masuk ke akun sendiri (pakai transfer)", "A remittance does not go to one of your accounts (use a transfer)"));
      if (tx.fee && tx.fee.currency !== tx.amount.currency) out.push(fp("fee_currency", "Biaya kiriman harus dalam mata uang yang dikirim", "A remittance fee must be in the sending currency"));
      break;
  }
  return out;
}

/** Effect of one transaction on balances: [accountId, delta] pairs. */
export function balanceEffects(tx: Transaction, accounts: ReadonlyMap<string, Account>): Array<[string, Money]> {
  const a = tx.amount;
  const out: Array<[string, Money]> = [];
  switch (tx.type) {
    case "income":
      out.push([tx.accountId, a]);
      break;
    case "expense":
      out.push([tx.accountId, money(-a.minor, a.currency)]);
      break;
    case "remittance":
      out.push([tx.accountId, money(-a.minor, a.currency)]);
      if (tx.fee?.minor) out.push([tx.accountId, money(-tx.fee.minor, tx.fee.currency)]);
      break;
    case "transfer": {
      out.push([tx.accountId, money(-a.minor, a.currency)]);
      const to = tx.toAmount ?? a;
      if (tx.toAccountId) out.push([tx.toAccountId, to]);
      if (tx.fee?.minor) {
        const dest = tx.toAccountId ? accounts.get(tx.toAccountId) : undefined;
        const payer = tx.fee.currency === a.currency || !dest || !tx.toAccountId ? tx.accountId : tx.toAccountId;
        out.push([payer, money(-tx.fee.minor, tx.fee.currency)]);
      }
      break;
    }
  }
  return out;
}

/** Balance of every account (opening + effects of transactions dated on or before `asOf`, default all). */
export function accountBalances(
  accounts: readonly Account[],
  transactions: readonly Transaction[],
  asOf?: string,
): Map<string, Money> {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const minor = new Map<string, number>(accounts.map((a) => [a.id, a.opening?.minor ?? 0]));
  for (const tx of transactions) {
    if (asOf && tx.date > asOf) continue;
    for (const [id, delta] of balanceEffects(tx, byId)) {
      const acc = byId.get(id);
      if (!acc) throw new RangeError(`Transaction ${tx.id}: unknown account ${id}`);
      if (acc.currency !== delta.currency) throw new TypeError(`Transaction ${tx.id}: ${delta.currency} into ${acc.currency} account ${acc.name}`);
      minor.set(id, checkSafe((minor.get(id) ?? 0) + delta.minor));
    }
  }
  return new Map(accounts.map((a) => [a.id, money(minor.get(a.id) ?? 0, a.currency)]));
}
