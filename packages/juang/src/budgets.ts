/** Monthly budgets per category. */
import type { Transaction } from "./model.js";
import { divRound, type Money } from "./money.js";
import type { RateTable } from "./rates.js";
import { type MissingRate, monthReport } from "./report.js";

export interface Budget {
  readonly id: string;
  /** Category id (expenses, transfer fees included). */
  readonly category: string;
  /** Limit per month, in any currency (spending is converted into it). */
  readonly limit: Money;
  /** YYYY-MM when the budget is for one month only; absent = every month. */
  readonly month?: string;
}

export interface BudgetStatus {
  readonly budget: Budget;
  readonly spent: Money;
  /** limit − spent (negative when over). */
  readonly remaining: Money;
  /** spent / limit in whole percent (half away from zero). */
  readonly percent: number;
  readonly over: boolean;
  readonly missingRates: readonly MissingRate[];
}

/** Budgets that apply to `month` and what has been spent against them. */
export function budgetStatus(budgets: readonly Budget[], transactions: readonly Transaction[], month: string, rates: RateTable): BudgetStatus[] {
  const applicable = budgets.filter((b) => !b.month || b.month === month);
  const reports = new Map<string, ReturnType<typeof monthReport>>();
  const monthTx = transactions.filter((t) => t.date.startsWith(month));
  return applicable.map((budget) => {
    const cur = budget.limit.currency;
    let r = reports.get(cur);
    if (!r) {
      r = monthReport(monthTx, month, { currency: cur, rates });
      reports.set(cur, r);
    }
    const spent = r.byCategory[budget.category] ?? { minor: 0, currency: cur };
    const percent = budget.limit.minor > 0 ? Number(divRound(BigInt(spent.minor) * 100n, BigInt(budget.limit.minor))) : spent.minor > 0 ? 100 : 0;
    return {
      budget,
      spent,
      remaining: { minor: budget.limit.minor - spent.minor, currency: cur },
      percent,
      over: spent.minor > budget.limit.minor,
      missingRates: r.missingRates,
    };
  });
}
