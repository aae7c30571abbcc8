/**
 * Debts: a placement fee or a loan (principal, fees, schedule of installments, payments) and
 * money lent to or borrowed from people ("I lent / I borrowed") with what was paid back.
 */
import { addMonths } from "./dates.js";
import { checkSafe, type Money, mulDiv } from "./money.js";

export interface Installment {
  /** YYYY-MM-DD */
  readonly due: string;
  readonly amount: Money;
}

export interface Payment {
  readonly date: string;
  readonly amount: Money;
  readonly note?: string;
}

export type DebtKind = "placement-fee" | "loan";

export interface Debt {
  readonly id: string;
  readonly kind: DebtKind;
  /** Agency, lender, bank. */
  readonly lender: string;
  readonly principal: Money;
  /** Interest, admin and other fees added to what is owed (same currency). */
  readonly fees?: Money;
  readonly schedule: readonly Installment[];
  readonly payments: readonly Payment[];
  readonly startDate?: string;
  readonly note?: string;
}

/**
 * Split `total` into `count` monthly installments from `firstDue` (same day each month, clamped to
 * the month's end). Each is total/count rounded half away from zero to the display unit; the last
 * takes the difference so the schedule adds up exactly.
 */
export function monthlySchedule(total: Money, count: number, firstDue: string): Installment[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError("count must be a positive integer");
  const each = mulDiv(total, 1n, BigInt(count));
  const day = Number(firstDue.slice(8, 10));
  const out: Installment[] = [];
  for (let i = 0; i < count; i++) {
    const amount = i < count - 1 ? each : { minor: checkSafe(total.minor - each.minor * (count - 1)), currency: total.currency };
    out.push({ due: addMonths(firstDue, i, day), amount });
  }
  return out;
}

export type InstallmentState = "paid" | "partial" | "due" | "overdue";

export interface InstallmentStatus extends Installment {
  /** Paid towards this installment (payments are applied oldest installment first). */
  readonly paid: Money;
  readonly state: InstallmentState;
}

export interface DebtStatus {
  /** principal + fees */
  readonly total: Money;
  readonly paid: Money;
  /** max(total − paid, 0) */
  readonly remaining: Money;
  readonly paidOff: boolean;
  /** Date of the payment that cleared the debt. */
  readonly paidOffOn?: string;
  readonly installments: readonly InstallmentStatus[];
  /** The earliest installment not fully paid, with what is left of it. */
  readonly nextDue?: Installment;
  /** Sum left unpaid on installments due before `today`. */
  readonly overdue: Money;
  /**
   * When the debt will be paid off if she keeps to the schedule: the due date of the installment
   * that completes the total; when the schedule does not cover the total, further monthly
   * installments of the schedule's last amount are assumed. Undefined when paid off.
   */
  readonly payoffDate?: string;
  /** Scheduled total ≠ principal + fees. */
  readonly scheduleMismatch: boolean;
}

export function debtStatus(debt: Debt, today: string): DebtStatus {
  const cur = debt.principal.currency;
  const m = (minor: number): Money => ({ minor, currency: cur });
  for (const x of [...debt.schedule.map((i) => i.amount), ...debt.payments.map((p) => p.amount), ...(debt.fees ? [debt.fees] : [])]) {
    if (x.currency !== cur) throw new TypeError(`Debt ${debt.id}: ${x.currency} amount in a ${cur} debt`);
  }
  const total = checkSafe(debt.principal.minor + (debt.fees?.minor ?? 0));
  const payments = [...debt.payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let paid = 0;
  let paidOffOn: string | undefined;
  for (const p of payments) {
    paid = checkSafe(paid + p.amount.minor);
    if (paidOffOn === undefined && paid >= total) paidOffOn = p.date;
  }
  const schedule = [...debt.schedule].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  let pool = paid;
  let overdue = 0;
  let nextDue: Installment | undefined;
  const installments: InstallmentStatus[] = schedule.map((inst) => {
    const covered = Math.min(pool, inst.amount.minor);
    pool -= covered;
    const left = inst.amount.minor - covered;
    const state: InstallmentState = left === 0 ? "paid" : inst.due < today ? "overdue" : covered > 0 ? "partial" : "due";
    if (left > 0 && inst.due < today) overdue += left;
    if (left > 0 && !nextDue) nextDue = { due: inst.due, amount: m(left) };
    return { ...inst, paid: m(covered), state };
  });
  const remaining = Math.max(total - paid, 0);
  const scheduled = schedule.reduce((s, i) => checkSafe(s + i.amount.minor), 0);
  let payoffDate: string | undefined;
  if (remaining > 0) {
    // walk the schedule until cumulative scheduled ≥ total
    let cum = 0;
    for (const inst of schedule) {
      cum += inst.amount.minor;
      if (cum >= total) {
        payoffDate = inst.due;
        break;
      }
    }
    const last = schedule[schedule.length - 1];
    if (!payoffDate && last && last.amount.minor > 0) {
      const extra = Math.ceil((total - cum) / last.amount.minor);
      payoffDate = addMonths(last.due, extra);
    }
    // already-overdue schedule: the payoff date cannot be in the past
    if (payoffDate && payoffDate < today) payoffDate = today;
  }
  return {
    total: m(total),
    paid: m(paid),
    remaining: m(remaining),
    paidOff: remaining === 0,
    ...(paidOffOn ? { paidOffOn } : {}),
    installments,
    ...(nextDue && remaining > 0 ? { nextDue } : {}),
    overdue: m(Math.min(overdue, remaining)),
    ...(payoffDate ? { payoffDate } : {}),
    scheduleMismatch: scheduled !== total,
  };
}

/** "I lent" (someone owes me) or "I borrowed" (I owe someone). */
export type PersonalDebtDirection = "lent" | "borrowed";

export interface PersonalDebt {
  readonly id: string;
  readonly direction: PersonalDebtDirection;
  readonly person: string;
  readonly amount: Money;
  readonly date: string;
  readonly due?: string;
  /** What was paid back so far. */
  readonly repayments: readonly Payment[];
  readonly note?: string;
}

export interface PersonalDebtStatus {
  readonly debt: PersonalDebt;
  readonly repaid: Money;
  /** max(amount − repaid, 0) */
  readonly outstanding: Money;
  readonly settled: boolean;
  readonly late: boolean;
}

export function personalDebtStatus(d: PersonalDebt, today: string): PersonalDebtStatus {
  let repaid = 0;
  for (const r of d.repayments) {
    if (r.amount.currency !== d.amount.currency) throw new TypeError(`Repayment in ${r.amount.currency} of a ${d.amount.currency} debt`);
    repaid = checkSafe(repaid + r.amount.minor);
  }
  const outstanding = Math.max(d.amount.minor - repaid, 0);
  return {
    debt: d,
    repaid: { minor: repaid, currency: d.amount.currency },
    outstanding: { minor: outstanding, currency: d.amount.currency },
    settled: outstanding === 0,
    late: outstanding > 0 && d.due !== undefined && d.due < today,
  };
}

export interface PersonalDebtTotals {
  /** Others owe me (I lent), per currency. */
  readonly owedToMe: Readonly<Record<string, Money>>;
  /** I owe others (I borrowed), per currency. */
  readonly iOwe: Readonly<Record<string, Money>>;
}

export function personalDebtTotals(list: readonly PersonalDebt[], today: string): PersonalDebtTotals {
  const owedToMe: Record<string, Money> = {};
  const iOwe: Record<string, Money> = {};
  for (const d of list) {
    const s = personalDebtStatus(d, today);
    const rec = d.direction === "lent" ? owedToMe : iOwe;
    const cur = d.amount.currency;
    rec[cur] = { minor: checkSafe((rec[cur]?.minor ?? 0) + s.outstanding.minor), currency: cur };
  }
  return { owedToMe, iOwe };
}
