import { describe, expect, it } from "vitest";
import { accountBalances, createRateTable, monthReport, trendReport } from "../src/index.js";
import { accounts, hkd, idr, rateEntries, transactions } from "./fixtures.js";

const rates = createRateTable(rateEntries);

describe("balances: the effect of each transaction type", () => {
  it("income adds, expense subtracts, transfers move (fee from the sender), remittances leave with their fee", () => {
    const b = accountBalances(accounts, transactions);
    // cash: +5000 −100.25 −10 −1000 −5 +5000 (June)
    expect(b.get("cash")).toEqual(hkd("8884.75"));
    // bank: 10000 opening +1000 −1000 −20 −3000 −40
    expect(b.get("bank")).toEqual(hkd("6940"));
    expect(b.get("tab")).toEqual(idr("2010000"));
    expect(b.get("ew")).toEqual(hkd("0"));
    expect(accountBalances(accounts, transactions, "2024-05-31").get("cash")).toEqual(hkd("3884.75"));
  });

  it("a transfer fee in the destination currency is paid from the destination", () => {
    const b = accountBalances(accounts, [
      { id: "x", date: "2024-05-01", type: "transfer", accountId: "cash", amount: hkd("100"), toAccountId: "tab", toAmount: idr("205000"), fee: idr("5000") },
    ]);
    expect(b.get("cash")).toEqual(hkd("-100"));
    expect(b.get("tab")).toEqual(idr("200000"));
  });
});

describe("month report", () => {
  it("in IDR: each row at the rate of its own date; fees of transfers are expense, of remittances apart", () => {
    const r = monthReport(transactions, "2024-05", { currency: "IDR", rates });
    expect(r.income).toEqual(idr("10000000")); // 5000 × 2000
    // food 100.25×2000 + phone 10×2100 + transfer fee 5×2000 + transfer fee 20×2000
    expect(r.expense).toEqual(idr("271500"));
    expect(r.byCategory).toEqual({ food: idr("200500"), phone: idr("21000"), fees: idr("10000"), savings: idr("40000") });
    expect(r.remitted).toEqual(idr("6300000")); // 3000 × 2100 (reference rate of 2024-05-20)
    expect(r.remittanceFees).toEqual(idr("84000"));
    expect(r.received).toEqual(idr("6150000")); // what the family got
    expect(r.net).toEqual(idr(String(10000000 - 271500 - 6300000 - 84000)));
    expect(r.byCategory.remittance).toBeUndefined();
    expect(r.transactionCount).toBe(6);
    expect(r.ratesUsed.map((u) => [u.rate, u.date])).toEqual([
      ["2000", "2024-05-01"],
      ["2100", "2024-05-15"],
    ]);
    expect(r.missingRates).toEqual([]);
  });

  it("in HKD: the family's rupiah converted back at the inverted reference rate", () => {
    const r = monthReport(transactions, "2024-05", { currency: "HKD", rates });
    expect(r.income).toEqual(hkd("5000"));
    expect(r.expense).toEqual(hkd("135.25"));
    expect(r.remitted).toEqual(hkd("3000"));
    expect(r.remittanceFees).toEqual(hkd("40"));
    expect(r.received).toEqual(hkd("2928.57")); // 6 150 000 / 2100 = 2928.5714…
    expect(r.ratesUsed).toEqual([{ from: "HKD", to: "IDR", rate: "2100", date: "2024-05-15", source: "BI", inverted: true }]);
  });

  it("without a table rate, a cross-currency row uses the rate she got; other rows are listed as missing", () => {
    const r = monthReport(transactions, "2024-05", { currency: "IDR", rates: createRateTable([]) });
    expect(r.remitted).toEqual(idr("6150000")); // at her rate 2050
    expect(r.received).toEqual(idr("6150000"));
    expect(r.byCategory.savings).toEqual(idr("40200")); // fee 20 at her rate 2010 on that row
    expect(r.income).toEqual(idr("0"));
    expect(r.missingRates.map((m) => m.date)).toEqual(["2024-05-01", "2024-05-02", "2024-05-05", "2024-05-16"]);
    expect(r.ratesUsed.every((u) => u.source === "row")).toBe(true);
  });

  it("a currency with no rate at all is reported missing, not guessed", () => {
    const r = monthReport(transactions, "2024-05", { currency: "USD", rates });
    expect(r.missingRates.length).toBeGreaterThan(0);
    expect(r.income.minor).toBe(0);
  });

  it("trends over months", () => {
    const t = trendReport(transactions, "2024-04", "2024-06", { currency: "HKD", rates });
    expect(t.months.map((m) => m.month)).toEqual(["2024-04", "2024-05", "2024-06"]);
    expect(t.months.map((m) => m.income.minor)).toEqual([0, 500000, 500000]);
    expect(t.months.map((m) => m.remitted.minor)).toEqual([0, 300000, 0]);
  });
});
