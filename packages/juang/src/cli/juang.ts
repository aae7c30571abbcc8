/**
 * juang command.
 *   juang summary --month YYYY-MM --currency CUR [--rate FROM:TO=RATE ...] [--details] FILE.csv
 * Prints the month's report as JSON on stdout: exactly
 *   { income, expense, remitted, remittanceFees, received, byCategory }
 * and the rates it used on stderr (with --details they are also in the JSON, with month and
 * currency). Exit codes: 0 ok; 1 bad file (lines named on stderr);
 * 2 missing exchange rate (pairs named on stderr); 64 bad usage.
 */
import { readFileSync } from "node:fs";
import { parseRateSpec, type RateEntry } from "../rates.js";
import { summarizeCsv } from "../summary.js";

const USAGE = "Usage: juang summary --month YYYY-MM --currency CUR [--rate FROM:TO=RATE ...] [--details] FILE.csv";

function fail(code: number, text: string): never {
  process.stderr.write(`${text}\n`);
  process.exit(code);
}

function main(argv: string[]): void {
  const [cmd, ...rest] = argv;
  if (cmd === "--help" || cmd === "-h" || cmd === undefined) fail(cmd ? 0 : 64, USAGE);
  if (cmd !== "summary") fail(64, `Unknown command ${cmd}\n${USAGE}`);
  let month: string | undefined;
  let currency: string | undefined;
  const rates: RateEntry[] = [];
  const files: string[] = [];
  let details = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const [flag, inline] = eq > 0 && !a.startsWith("--rate=") ? [a.slice(0, eq), a.slice(eq + 1)] : a.startsWith("--rate=") ? ["--rate", a.slice(7)] : [a, undefined];
    const value = () => inline ?? rest[++i] ?? fail(64, `${flag} needs a value\n${USAGE}`);
    if (flag === "--details") details = true;
    else if (flag === "--month") month = value();
    else if (flag === "--currency") currency = value().toUpperCase();
    else if (flag === "--rate") {
      try {
        rates.push(parseRateSpec(value()));
      } catch (e) {
        fail(64, `Bad --rate: ${(e as Error).message}`);
      }
    } else if (flag.startsWith("--")) fail(64, `Unknown option ${flag}\n${USAGE}`);
    else files.push(a);
  }
  if (!month || !currency || files.length !== 1) fail(64, USAGE);
  let text: string;
  try {
    text = readFileSync(files[0]!, "utf8");
  } catch (e) {
    fail(1, `Cannot read ${files[0]}: ${(e as Error).message}`);
  }
  let result: ReturnType<typeof summarizeCsv>;
  try {
    result = summarizeCsv(text, month, currency, rates);
  } catch (e) {
    fail(64, (e as Error).message);
  }
  if (!result.ok) {
    if (result.kind === "file") {
      const lines = result.errors.map(
        (e) => `${files[0]}: line ${e.line}${e.field ? `, ${e.field}` : ""}: ${e.message.en} / baris ${e.line}: ${e.message.id}`,
      );
      fail(1, `File refused, nothing imported (${result.errors.length} problem(s)):\n${lines.join("\n")}`);
    }
    const pairs = [...new Set(result.missing.map((m) => `${m.from}:${m.to}`))];
    const detail = result.missing.map((m) => `  ${m.from}→${m.to} on ${m.date}`).join("\n");
    fail(2, `Missing exchange rate ${pairs.join(", ")} (give --rate ${pairs[0]}=RATE) / kurs tidak ada:\n${detail}`);
  }
  const { income, expense, remitted, remittanceFees, received, byCategory, rates: used, receivedUnknown } = result.summary;
  const out = details ? result.summary : { income, expense, remitted, remittanceFees, received, byCategory };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  const stated = used.map((r) => {
    const how = r.source === "row" ? `rate she got on ${r.date}` : r.date ? `from ${r.date}` : "all dates";
    return `${r.from}:${r.to}=${r.rate} (${r.source}, ${how}${r.inverted ? ", inverted" : ""})`;
  });
  process.stderr.write(`Rates used / kurs dipakai: ${stated.length ? stated.join("; ") : "none (one currency) / tidak ada"}\n`);
  if (receivedUnknown > 0) process.stderr.write(`${receivedUnknown} remittance(s) without an amount received are not in "received".\n`);
}

main(process.argv.slice(2));
