import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  accountBalances,
  CSV_COLUMNS,
  DEFAULT_CATEGORIES,
  exportTransactionsCsv,
  importTransactionsCsv,
  parseCsv,
  writeCsv,
} from "../src/index.js";
import { hkd, idr } from "./fixtures.js";

const HEADER = CSV_COLUMNS.join(",");
const fixture = readFileSync(new URL("./fixtures/may-2024.csv", import.meta.url), "utf8");

function refused(text: string) {
  const r = importTransactionsCsv(text);
  if (r.ok) throw new Error("expected the file to be refused");
  return r.errors;
}

describe("RFC 4180 reading", () => {
  it("handles quotes, doubled quotes, commas and line breaks in fields, BOM, CRLF and LF", () => {
    const recs = parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","two\r\nlines"\n\nlast,,\n');
    expect(recs).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["x, y", 'say "hi"', "two\r\nlines"] },
      { line: 5, fields: ["last", "", ""] },
    ]);
    expect(writeCsv([["a,b", 'q"', "n\nl", "plain"]])).toBe('"a,b","q""","n\nl",plain\r\n');
  });
});

describe("CSV import", () => {
  it("imports a good file: accounts created, categories resolved, rates she got stored", () => {
    const r = importTransactionsCsv(fixture, { categories: DEFAULT_CATEGORIES });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.transactions).toHaveLength(8);
    expect(r.newAccounts.map((a) => [a.name, a.kind, a.currency])).toEqual([
      ["Dompet", "cash", "HKD"],
      ["Octopus", "e-wallet", "HKD"],
      ["HSBC", "bank", "HKD"],
      ["Tabungan BRI", "savings", "IDR"],
    ]);
    const [t1, t2, t3, , t5, t6, t7] = r.transactions;
    expect(t1).toMatchObject({ date: "2024-05-01", type: "income", amount: hkd("5100.50"), category: "salary", payee: "Majikan" });
    expect(t2).toMatchObject({ payee: 'Warung "Bu Tini"', note: "nasi, ayam", category: "food" });
    expect(t3?.category).toBe("Pulsa"); // unknown text kept as written…
    expect(r.newCategories).toEqual(["Pulsa"]); // …and reported
    expect(t5).toMatchObject({ toAccountId: "Tabungan BRI", toAmount: idr("2010000"), rate: "2010", fee: hkd("20"), category: "savings" });
    expect(t6).toMatchObject({ type: "remittance", category: "biaya sekolah", provider: "Western Union", toAmount: idr("8120000"), rate: "2030" });
    expect(t7?.toAmount).toBeUndefined();
    const bal = accountBalances(r.accounts, r.transactions);
    expect(bal.get("Dompet")).toEqual(hkd("9096")); // 5100.50 −100 −1000 −5 +5100.50
    expect(bal.get("HSBC")).toEqual(hkd("-4570"));
    expect(bal.get("Tabungan BRI")).toEqual(idr("2010000"));
  });

  it("accepts LF line ends and no BOM as well as CRLF with a BOM", () => {
    const lf = importTransactionsCsv(fixture.replace(/\r\n/g, "\n"));
    const bom = importTransactionsCsv(`\uFEFF${fixture}`);
    expect(lf.ok && bom.ok).toBe(true);
    if (lf.ok && bom.ok) expect(lf.transactions).toEqual(bom.transactions);
  });

  it("accepts a note with a line break, and names later lines correctly", () => {
    const text = `${HEADER}\n2024-05-01,expense,Dompet,10,HKD,food,,"line one\nline two",,,,,,\n2024-05-02,expense,Dompet,abc,HKD,food,,,,,,,,\n`;
    const errors = refused(text);
    expect(errors).toEqual([{ line: 4, field: "amount", message: expect.objectContaining({ en: expect.stringContaining("not a decimal") }) }]);
  });

  const good = "2024-05-01,expense,Dompet,10,HKD,food,,,,,,,,";
  const cases: Array<[string, string, string]> = [
    ["2024-02-30,expense,Dompet,10,HKD,food,,,,,,,,", "date", "Invalid date"],
    ["05/01/2024,expense,Dompet,10,HKD,food,,,,,,,,", "date", "Invalid date"],
    ["2024-05-01,spend,Dompet,10,HKD,food,,,,,,,,", "type", "Unknown type"],
    ["2024-05-01,expense,,10,HKD,food,,,,,,,,", "account", "Account is empty"],
    ["2024-05-01,expense,Dompet,1.250.000,IDR,food,,,,,,,,", "amount", "not a decimal"],
    ["2024-05-01,expense,Dompet,10.001,HKD,food,,,,,,,,", "amount", "Too many decimals"],
    ["2024-05-01,expense,Dompet,-10,HKD,food,,,,,,,,", "amount", "greater than zero"],
    ["2024-05-01,expense,Dompet,,HKD,food,,,,,,,,", "amount", "Amount is empty"],
    ["2024-05-01,expense,Dompet,10,XYZ,food,,,,,,,,", "currency", "Unknown currency"],
    ["2024-05-01,expense,Dompet,10,IDR,food,,,,,,,,", "currency", "is in HKD"],
    ["2024-05-01,transfer,Dompet,10,HKD,,,,,,,,,", "to_account", "needs a destination"],
    ["2024-05-01,transfer,Dompet,10,HKD,,,,Tabungan BRI,,IDR,,,", "to_amount", "needs the amount received"],
    ["2024-05-01,expense,Dompet,10,HKD,food,,,,,,1,HKD,", "fee", "only for transfers and remittances"],
    ["2024-05-01,income,Dompet,10,HKD,food,,,HSBC,,,,,", "to_account", "only for transfers"],
    ["2024-05-01,remittance,Dompet,10,HKD,,,,,200000,IDR,1,IDR,", "fee_currency", "sending currency"],
    ["2024-05-01,remittance,Dompet,10,HKD,,,,,200000,,,,", "to_currency", "currency of the amount received"],
    ["2024-05-01,expense,Dompet,10,HKD,food,,,,", "", "Expected 14 columns"],
    ['2024-05-01,expense,Dompet,10,HKD,food,"unterminated,,,,,,,,', "", "Unterminated"],
    ['2024-05-01,expense,Dompet,10,HKD,fo"od,,,,,,,,', "", "Quote"],
  ];

  it.each(cases)("refuses the whole file for a bad row: %s → %s", (row, field, reason) => {
    // good rows before and after: nothing is imported, the bad line (3) is named
    const setup = "2024-05-01,income,Tabungan BRI,1,IDR,,,,,,,,,";
    const errors = refused(`${HEADER}\r\n${good}\r\n${row}\r\n${setup}\r\n${good}\r\n`);
    expect(errors[0]?.line).toBe(3);
    expect(errors[0]?.field).toBe(field);
    expect(errors[0]?.message.en).toContain(reason);
    expect(errors[0]?.message.id.length).toBeGreaterThan(5);
  });

  it("refuses a file with a wrong header or columns out of order", () => {
    expect(refused("date,type,account,amount\n")[0]).toMatchObject({ line: 1, field: "" });
    const swapped = ["type", "date", ...CSV_COLUMNS.slice(2)].join(",");
    expect(refused(`${swapped}\n${good}\n`)[0]?.line).toBe(1);
    expect(refused("")[0]?.line).toBe(1);
  });

  it("lists every bad line, not only the first", () => {
    const errors = refused(`${HEADER}\n2024-13-01,expense,Dompet,10,HKD,,,,,,,,,\n${good}\n2024-05-01,expense,Dompet,x,HKD,,,,,,,,,\n`);
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [2, "date"],
      [4, "amount"],
    ]);
  });
});

describe("CSV export", () => {
  it("writes the documented columns and round-trips losslessly", () => {
    const first = importTransactionsCsv(fixture, { categories: DEFAULT_CATEGORIES });
    if (!first.ok) throw new Error("fixture refused");
    const text = exportTransactionsCsv(first.transactions, first.accounts);
    expect(text.split("\r\n")[0]).toBe(HEADER);
    expect(text).toContain('"Warung ""Bu Tini""","nasi, ayam"');
    const second = importTransactionsCsv(text, { categories: DEFAULT_CATEGORIES, accounts: first.accounts });
    if (!second.ok) throw new Error(JSON.stringify(second.errors));
    expect(second.transactions).toEqual(first.transactions);
    expect(second.newAccounts).toEqual([]);
    expect(exportTransactionsCsv(second.transactions, second.accounts)).toBe(text);
  });

  it("round-trips awkward text: quotes, commas, line breaks, leading spaces, unicode", () => {
    const accounts = [
      { id: "a1", name: "Dompet, kecil", kind: "cash" as const, currency: "HKD" },
      { id: "a2", name: "Tabungan", kind: "savings" as const, currency: "IDR" },
    ];
    const txs = [
      { id: "x", date: "2024-05-01", type: "expense" as const, accountId: "a1", amount: hkd("0.05"), category: "food", payee: ' "Toko" ', note: "baris 1\r\nbaris 2, 🙂" },
      { id: "y", date: "2024-05-02", type: "transfer" as const, accountId: "a1", amount: hkd("10"), toAccountId: "a2", toAmount: idr("20500.5"), fee: idr("1000") },
    ];
    const text = exportTransactionsCsv(txs, accounts, { eol: "\n", bom: true });
    const back = importTransactionsCsv(text, { accounts });
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    expect(back.transactions.map(({ id: _id, rate: _rate, ...rest }) => rest)).toEqual(txs.map(({ id: _id, ...rest }) => rest));
    expect(exportTransactionsCsv(back.transactions, back.accounts, { eol: "\n", bom: true })).toBe(text);
  });
});

describe("CSV leniency that loses nothing", () => {
  it("accepts type and currency codes in any case", () => {
    const r = importTransactionsCsv(`${HEADER}\n2024-05-01,Expense,Dompet,10,hkd,food,,,,,,,,\n`);
    expect(r.ok && r.transactions[0]?.amount).toEqual(hkd("10"));
  });
});
