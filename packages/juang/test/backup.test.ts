import { describe, expect, it } from "vitest";
import { type Book, createBackup, emptyBook, monthlySchedule, restoreBackup } from "../src/index.js";
import { accounts, hkd, idr, rateEntries, transactions } from "./fixtures.js";

const book: Book = {
  ...emptyBook(),
  accounts,
  transactions,
  budgets: [{ id: "b", category: "food", limit: hkd("1500") }],
  goals: [{ id: "g", name: "Warung", target: idr("50000000"), deadline: "2026-12-31", accountId: "tab" }],
  debts: [{ id: "d", kind: "placement-fee", lender: "PT Agensi", principal: hkd("15000"), fees: hkd("1000"), schedule: monthlySchedule(hkd("16000"), 7, "2024-01-31"), payments: [{ date: "2024-01-31", amount: hkd("2285.71") }] }],
  personalDebts: [{ id: "p", direction: "lent", person: "Siti", amount: hkd("500"), date: "2024-02-01", repayments: [] }],
  recurring: [{ id: "r", template: { type: "income", accountId: "cash", amount: hkd("5100"), category: "salary" }, frequency: "monthly", start: "2024-01-31" }],
  rates: rateEntries,
  quotes: [{ provider: "App", date: "2024-05-10", send: hkd("4000"), fee: hkd("20"), receiveCurrency: "IDR", received: idr("8150000") }],
};

describe("JSON backup and restore", () => {
  it("keeps everything", () => {
    const json = createBackup(book, "2024-06-01T00:00:00Z");
    expect(JSON.parse(json)).toMatchObject({ format: "juang-backup", version: 1 });
    const r = restoreBackup(json);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.book).toEqual(book);
    expect(r.createdAt).toBe("2024-06-01T00:00:00Z");
  });

  it("refuses what does not validate, saying where", () => {
    const data = JSON.parse(createBackup(book, "t"));
    data.book.transactions[1].amount.minor = 10.5; // floating money
    const r = restoreBackup(data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.field).toBe("book.transactions.1.amount.minor");

    const wrongCur = JSON.parse(createBackup(book, "t"));
    wrongCur.book.transactions[0].amount.currency = "IDR"; // into an HKD account
    const r2 = restoreBackup(wrongCur);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors[0]?.field).toBe("book.transactions.0.currency");

    expect(restoreBackup("{nope").ok).toBe(false);
    const newer = restoreBackup({ ...JSON.parse(createBackup(book, "t")), version: 2 });
    expect(newer.ok).toBe(false);
    if (!newer.ok) expect(newer.errors[0]?.message.en).toMatch(/newer/);
    const extra = JSON.parse(createBackup(book, "t"));
    extra.book.accounts[0].evil = 1;
    expect(restoreBackup(extra).ok).toBe(false);
  });
});
