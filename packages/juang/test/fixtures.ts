import { type Account, parseMoney, type Transaction } from "../src/index.js";

export const hkd = (s: string) => parseMoney(s, "HKD");
export const idr = (s: string) => parseMoney(s, "IDR");

export const accounts: Account[] = [
  { id: "cash", name: "Dompet", kind: "cash", currency: "HKD" },
  { id: "bank", name: "HSBC", kind: "bank", currency: "HKD", opening: hkd("10000") },
  { id: "tab", name: "Tabungan BRI", kind: "savings", currency: "IDR" },
  { id: "ew", name: "Octopus", kind: "e-wallet", currency: "HKD" },
];

/** May 2024: salary, food, phone, own transfers (one across currencies), a remittance; one June row. */
export const transactions: Transaction[] = [
  { id: "t1", date: "2024-05-01", type: "income", accountId: "cash", amount: hkd("5000"), category: "salary", payee: "Majikan" },
  { id: "t2", date: "2024-05-02", type: "expense", accountId: "cash", amount: hkd("100.25"), category: "food" },
  { id: "t3", date: "2024-05-16", type: "expense", accountId: "cash", amount: hkd("10"), category: "phone" },
  { id: "t4", date: "2024-05-05", type: "transfer", accountId: "cash", amount: hkd("1000"), toAccountId: "bank", fee: hkd("5") },
  {
    id: "t5",
    date: "2024-05-06",
    type: "transfer",
    accountId: "bank",
    amount: hkd("1000"),
    toAccountId: "tab",
    toAmount: idr("2010000"),
    fee: hkd("20"),
    category: "savings",
  },
  {
    id: "t6",
    date: "2024-05-20",
    type: "remittance",
    accountId: "bank",
    amount: hkd("3000"),
    fee: hkd("40"),
    toAmount: idr("6150000"),
    payee: "Ibu",
    provider: "Western Union",
    category: "sekolah adik",
  },
  { id: "t7", date: "2024-06-01", type: "income", accountId: "cash", amount: hkd("5000"), category: "salary" },
];

export const rateEntries = [
  { from: "HKD", to: "IDR", rate: "2000", date: "2024-05-01", source: "BI" },
  { from: "HKD", to: "IDR", rate: "2100", date: "2024-05-15", source: "BI" },
];
