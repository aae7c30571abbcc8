/**
 * Juang speed figures (a benchmark, not a test). Run: npx tsx packages/juang/bench/juang.bench.ts
 * Targets: month report over 100,000 transactions ≤ 100 ms; import of a 100,000-row CSV ≤ 2 s.
 */
import {
  type Account,
  createRateTable,
  exportTransactionsCsv,
  importTransactionsCsv,
  monthReport,
  type RateEntry,
  type Transaction,
} from "../src/index.js";

const N = 100_000;

function dataset(): { accounts: Account[]; transactions: Transaction[]; rates: RateEntry[] } {
  const accounts: Account[] = [
    { id: "cash", name: "Dompet", kind: "cash", currency: "HKD" },
    { id: "bank", name: "HSBC", kind: "bank", currency: "HKD" },
    { id: "tab", name: "Tabungan BRI", kind: "savings", currency: "IDR" },
  ];
  const cats = ["food", "phone", "transport", "health", "gifts", "personal"];
  const transactions: Transaction[] = [];
  let seed = 42;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let i = 0; i < N; i++) {
    // ~ 24 months of data, so a month holds ~4,000 rows
    const month = 1 + (i % 24);
    const date = `${2023 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, "0")}-${String(1 + rnd(28)).padStart(2, "0")}`;
    const k = rnd(10);
    const id = `t${i}`;
    if (k === 0) transactions.push({ id, date, type: "income", accountId: "bank", amount: { minor: 510000 + rnd(1000), currency: "HKD" }, category: "salary" });
    else if (k === 1) {
      const amount = 300000 + rnd(100000);
      transactions.push({
        id,
        date,
        type: "remittance",
        accountId: "bank",
        amount: { minor: amount, currency: "HKD" },
        fee: { minor: 5000, currency: "HKD" },
        toAmount: { minor: amount * 2030, currency: "IDR" },
        payee: "Ibu",
        provider: "WU",
      });
    } else if (k === 2) {
      transactions.push({
        id,
        date,
        type: "transfer",
        accountId: "bank",
        amount: { minor: 100000, currency: "HKD" },
        toAccountId: "tab",
        toAmount: { minor: 100000 * 2040, currency: "IDR" },
        fee: { minor: 1000 + rnd(500), currency: "HKD" },
      });
    } else transactions.push({ id, date, type: "expense", accountId: "cash", amount: { minor: 100 + rnd(50000), currency: "HKD" }, category: cats[rnd(cats.length)]!, note: k === 3 ? 'pasar, "murah"' : undefined });
  }
  const rates: RateEntry[] = [];
  for (let m = 0; m < 24; m++) {
    for (const d of ["01", "15"]) {
      const date = `${2023 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-${d}`;
      rates.push({ from: "HKD", to: "IDR", rate: `${2000 + m}.${String(10 + rnd(80))}`, date });
    }
  }
  return { accounts, transactions, rates };
}

function time(fn: () => void, runs: number): number {
  fn(); // warm up
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  t.sort((a, b) => a - b);
  return Math.round(t[Math.floor(t.length / 2)]! * 10) / 10;
}

export async function runJuangBench(): Promise<Record<string, number>> {
  const { accounts, transactions, rates } = dataset();
  const csv = exportTransactionsCsv(transactions, accounts);
  const check = importTransactionsCsv(csv, { accounts });
  if (!check.ok) throw new Error(`bench CSV refused: ${JSON.stringify(check.errors.slice(0, 3))}`);
  const table = () => createRateTable(rates);
  return {
    transactions: transactions.length,
    // a fresh rate table each run: no cache carried over
    monthReportIdrMs: time(() => monthReport(transactions, "2024-05", { currency: "IDR", rates: table() }), 15),
    monthReportHkdMs: time(() => monthReport(transactions, "2024-05", { currency: "HKD", rates: table() }), 15),
    csvImportMs: time(() => importTransactionsCsv(csv, { accounts }), 5),
    csvExportMs: time(() => exportTransactionsCsv(transactions, accounts), 5),
    csvBytes: csv.length,
  };
}

const isMain = typeof process !== "undefined" && process.argv[1] !== undefined && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  runJuangBench().then((r) => {
    for (const [k, v] of Object.entries(r)) console.log(`${k.padEnd(18)} ${v}`);
    const ok = (r.monthReportIdrMs ?? Infinity) <= 100 && (r.csvImportMs ?? Infinity) <= 2000;
    console.log(ok ? "within targets (report ≤ 100 ms, import ≤ 2 s)" : "OVER TARGET");
  });
}
