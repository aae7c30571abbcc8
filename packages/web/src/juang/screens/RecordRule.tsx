import { nextOccurrence, type RecurringRule, type Transaction } from "@safetravel/juang";
import { useState } from "react";
import { save } from "../db";
import { useJ } from "../i18n";
import { today } from "../model";

/** Records the due occurrence of a recurring rule (salary, monthly remittance) as a transaction. */
export function RecordRule({ rule, label, secondary }: { rule: RecurringRule; label: string; secondary?: boolean }) {
  const { t } = useJ();
  const [done, setDone] = useState(false);
  if (done) return <p role="status">{t("recurring.recorded")}</p>;
  return (
    <button
      type="button"
      className={`button${secondary ? " secondary" : ""}`}
      onClick={async () => {
        const day = today();
        // the occurrence in this month (on or before today), else today
        const inMonth = nextOccurrence(rule, `${day.slice(0, 8)}01`, true);
        const date = inMonth && inMonth <= day ? inMonth : day;
        const tx = { ...rule.template, id: `${rule.id}-${date}`, date } as Transaction;
        await save("transactions", tx);
        setDone(true);
      }}
    >
      {label}
    </button>
  );
}
