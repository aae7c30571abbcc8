/** Savings goals: target, deadline, progress and the monthly amount still needed. */
import { monthIndex } from "./dates.js";
import { divRound, type Money, mulDiv } from "./money.js";

export interface Goal {
  readonly id: string;
  readonly name: string;
  readonly target: Money;
  /** YYYY-MM-DD */
  readonly deadline: string;
  /** When set, the goal's progress is this account's balance. */
  readonly accountId?: string;
  /** Saved so far when not linked to an account. */
  readonly saved?: Money;
}

export interface GoalProgress {
  readonly saved: Money;
  /** max(target − saved, 0) */
  readonly remaining: Money;
  /** saved / target in whole percent (half away from zero), capped at 100. */
  readonly percent: number;
  readonly reached: boolean;
  /** Months left to save, this month and the deadline's month included; 0 once the deadline month is past. */
  readonly monthsLeft: number;
  /**
   * remaining / monthsLeft rounded half away from zero to the display unit (the one rounding
   * rule); when the deadline has passed, the whole remaining amount.
   */
  readonly monthlyNeeded: Money;
  /** What the last month needs so that the months add up exactly to `remaining`. */
  readonly lastMonthNeeded: Money;
  readonly overdue: boolean;
}

/** Progress of a goal on `today` (YYYY-MM-DD) with `saved` in the goal's currency. */
export function goalProgress(goal: Goal, saved: Money, today: string): GoalProgress {
  const cur = goal.target.currency;
  if (saved.currency !== cur) throw new TypeError(`Saved amount is in ${saved.currency}, goal in ${cur}`);
  const remaining = Math.max(goal.target.minor - saved.minor, 0);
  const reached = remaining === 0;
  const monthsLeft = Math.max(monthIndex(goal.deadline) - monthIndex(today) + 1, 0);
  const rem: Money = { minor: remaining, currency: cur };
  const monthly = monthsLeft > 0 ? mulDiv(rem, 1n, BigInt(monthsLeft)) : rem;
  const last = monthsLeft > 1 ? remaining - monthly.minor * (monthsLeft - 1) : remaining;
  const percent =
    goal.target.minor > 0 ? Math.min(Number(divRound(BigInt(Math.max(saved.minor, 0)) * 100n, BigInt(goal.target.minor))), 100) : 100;
  return {
    saved,
    remaining: rem,
    percent: reached ? 100 : Math.min(percent, 99),
    reached,
    monthsLeft,
    monthlyNeeded: reached ? { minor: 0, currency: cur } : monthly,
    lastMonthNeeded: reached ? { minor: 0, currency: cur } : { minor: last, currency: cur },
    overdue: !reached && today > goal.deadline,
  };
}
