import { describe, expect, it } from "vitest";
import {
  budgetStatus,
  createRateTable,
  debtStatus,
  goalProgress,
  materialize,
  monthlySchedule,
  nextOccurrence,
  occurrencesBetween,
  personalDebtStatus,
  personalDebtTotals,
  type RecurringRule,
} from "../src/index.js";
import { hkd, idr, rateEntries, transactions } from "./fixtures.js";

describe("monthly budgets", () => {
  it("compares spending per category with the limit, in the budget's currency", () => {
    const rates = createRateTable(rateEntries);
    const s = budgetStatus(
      [
        { id: "b1", category: "food", limit: hkd("150") },
        { id: "b2", category: "phone", limit: hkd("5") },
        { id: "b3", category: "food", limit: idr("200000"), month: "2024-05" },
        { id: "b4", category: "food", limit: hkd("1"), month: "2024-04" },
      ],
      transactions,
      "2024-05",
      rates,
    );
    expect(s.map((x) => x.budget.id)).toEqual(["b1", "b2", "b3"]);
    expect(s[0]).toMatchObject({ spent: hkd("100.25"), remaining: hkd("49.75"), percent: 67, over: false });
    expect(s[1]).toMatchObject({ spent: hkd("10"), percent: 200, over: true });
    expect(s[2]).toMatchObject({ spent: idr("200500"), remaining: idr("-500"), over: true });
  });
});

describe("savings goals", () => {
  const shop = { id: "g", name: "Warung di desa", target: idr("50000000"), deadline: "2025-12-31" };
  it("gives progress and the monthly amount needed", () => {
    const p = goalProgress(shop, idr("20000000"), "2025-01-10");
    expect(p).toMatchObject({ remaining: idr("30000000"), percent: 40, monthsLeft: 12, monthlyNeeded: idr("2500000"), reached: false });
  });
  it("rounds the monthly amount by the one rule and lets the last month close the gap", () => {
    const p = goalProgress(shop, idr("40000000"), "2025-10-05");
    expect(p.monthsLeft).toBe(3);
    expect(p.monthlyNeeded).toEqual(idr("3333333"));
    expect(p.lastMonthNeeded).toEqual(idr("3333334"));
    const h = goalProgress({ ...shop, target: hkd("1000") }, hkd("0"), "2025-10-05");
    expect(h.monthlyNeeded).toEqual(hkd("333.33"));
    expect(h.lastMonthNeeded).toEqual(hkd("333.34"));
  });
  it("past the deadline the whole remainder is needed; a reached goal needs nothing", () => {
    const late = goalProgress(shop, idr("45000000"), "2026-01-05");
    expect(late).toMatchObject({ monthsLeft: 0, monthlyNeeded: idr("5000000"), overdue: true });
    const done = goalProgress(shop, idr("51000000"), "2025-06-01");
    expect(done).toMatchObject({ reached: true, percent: 100, monthlyNeeded: idr("0"), remaining: idr("0") });
    expect(() => goalProgress(shop, hkd("1"), "2025-01-01")).toThrow(TypeError);
  });
});

describe("debts: placement fee", () => {
  const schedule = monthlySchedule(hkd("16000"), 7, "2024-01-31");
  const debt = {
    id: "d",
    kind: "placement-fee" as const,
    lender: "PT Agensi",
    principal: hkd("15000"),
    fees: hkd("1000"),
    schedule,
    payments: [
      { date: "2024-01-31", amount: hkd("2285.71") },
      { date: "2024-02-29", amount: hkd("2285.71") },
      { date: "2024-03-31", amount: hkd("1000") },
    ],
  };

  it("builds a schedule that adds up, month ends clamped", () => {
    expect(schedule.map((i) => i.due)).toEqual(["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-30", "2024-07-31"]);
    expect(schedule.slice(0, 6).every((i) => i.amount.minor === 228571)).toBe(true);
    expect(schedule[6]?.amount).toEqual(hkd("2285.74"));
  });

  it("tracks payments, what remains, what is overdue and the payoff date", () => {
    const s = debtStatus(debt, "2024-04-15");
    expect(s.total).toEqual(hkd("16000"));
    expect(s.paid).toEqual(hkd("5571.42"));
    expect(s.remaining).toEqual(hkd("10428.58"));
    expect(s.installments.map((i) => i.state)).toEqual(["paid", "paid", "overdue", "due", "due", "due", "due"]);
    expect(s.overdue).toEqual(hkd("1285.71"));
    expect(s.nextDue).toEqual({ due: "2024-03-31", amount: hkd("1285.71") });
    expect(s.payoffDate).toBe("2024-07-31");
    expect(s.paidOff).toBe(false);
    expect(s.scheduleMismatch).toBe(false);
  });

  it("knows when it was paid off", () => {
    const s = debtStatus({ ...debt, payments: [...debt.payments, { date: "2024-05-02", amount: hkd("10428.58") }] }, "2024-05-03");
    expect(s).toMatchObject({ paidOff: true, paidOffOn: "2024-05-02", remaining: hkd("0") });
    expect(s.payoffDate).toBeUndefined();
  });

  it("extends the payoff date when the schedule does not cover what is owed", () => {
    const s = debtStatus({ ...debt, schedule: monthlySchedule(hkd("15000"), 3, "2024-01-15"), payments: [] }, "2024-01-01");
    expect(s.scheduleMismatch).toBe(true);
    expect(s.payoffDate).toBe("2024-04-15");
  });
});

describe("money lent and borrowed", () => {
  const lent = { id: "l", direction: "lent" as const, person: "Siti", amount: hkd("500"), date: "2024-02-01", due: "2024-03-01", repayments: [{ date: "2024-02-20", amount: hkd("200") }] };
  const borrowed = { id: "b", direction: "borrowed" as const, person: "Bu Ani", amount: idr("1000000"), date: "2024-01-01", repayments: [{ date: "2024-03-01", amount: idr("1000000") }] };
  it("says what was paid back and what is still owed", () => {
    expect(personalDebtStatus(lent, "2024-04-01")).toMatchObject({ repaid: hkd("200"), outstanding: hkd("300"), settled: false, late: true });
    expect(personalDebtStatus(borrowed, "2024-04-01")).toMatchObject({ outstanding: idr("0"), settled: true, late: false });
    expect(personalDebtTotals([lent, borrowed], "2024-04-01")).toEqual({ owedToMe: { HKD: hkd("300") }, iOwe: { IDR: idr("0") } });
  });
});

describe("recurring items", () => {
  const salary: RecurringRule = {
    id: "salary",
    template: { type: "income", accountId: "cash", amount: hkd("5100"), category: "salary" },
    frequency: "monthly",
    start: "2024-01-31",
  };
  it("next occurrence of a month-end salary clamps to short months", () => {
    expect(nextOccurrence(salary, "2024-01-30")).toBe("2024-01-31");
    expect(nextOccurrence(salary, "2024-01-31")).toBe("2024-02-29");
    expect(nextOccurrence(salary, "2024-01-31", true)).toBe("2024-01-31");
    expect(nextOccurrence(salary, "2024-02-29")).toBe("2024-03-31");
    expect(nextOccurrence(salary, "2025-02-01")).toBe("2025-02-28");
    expect(nextOccurrence({ ...salary, end: "2024-03-01" }, "2024-02-29")).toBeUndefined();
  });
  it("weekly, yearly and every-n-months", () => {
    const dayOff: RecurringRule = { ...salary, id: "w", frequency: "weekly", start: "2024-01-07" };
    expect(nextOccurrence(dayOff, "2024-01-20")).toBe("2024-01-21");
    expect(nextOccurrence(dayOff, "2024-01-21")).toBe("2024-01-28");
    expect(nextOccurrence({ ...salary, frequency: "yearly", start: "2024-02-29" }, "2024-03-01")).toBe("2025-02-28");
    expect(occurrencesBetween({ ...salary, interval: 2, start: "2024-01-10" }, "2024-01-01", "2024-07-31")).toEqual([
      "2024-01-10",
      "2024-03-10",
      "2024-05-10",
      "2024-07-10",
    ]);
  });
  it("materializes transactions with stable ids", () => {
    const txs = materialize(salary, "2024-01-01", "2024-03-31");
    expect(txs.map((t) => [t.id, t.date])).toEqual([
      ["salary@2024-01-31", "2024-01-31"],
      ["salary@2024-02-29", "2024-02-29"],
      ["salary@2024-03-31", "2024-03-31"],
    ]);
    expect(txs[0]?.amount).toEqual(hkd("5100"));
  });
});
