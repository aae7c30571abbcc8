import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const fixture = fileURLToPath(new URL("./fixtures/may-2024.csv", import.meta.url));

function juang(...args: string[]) {
  const r = spawnSync("npx", ["tsx", "packages/juang/src/cli/juang.ts", ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("juang summary (end to end)", () => {
  it("prints the month in IDR with a CLI rate", () => {
    const r = juang("summary", "--month", "2024-05", "--currency", "IDR", "--rate", "HKD:IDR=2050", fixture);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({
      income: 10456025, // 5100.50 × 2050
      expense: 358750, // (100 + 50 + 5 + 20) × 2050 — transfer fees included
      remitted: 9225000, // (4000 + 500) × 2050
      remittanceFees: 102500, // 50 × 2050, not in expense
      received: 8120000, // what the family got (IDR, no rate needed)
      byCategory: { Biaya: 10250, Makanan: 205000, Pulsa: 102500, Tabungan: 41000 },
    });
    expect(r.err).toContain("HKD:IDR=2050");
  });

  it("prints HKD with decimals, and IDR:HKD serves HKD:IDR by inversion", () => {
    const r = juang("summary", "--month", "2024-05", "--currency", "HKD", "--rate", "IDR:HKD=0.0005", fixture);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s).toMatchObject({ income: 5100.5, expense: 175, remitted: 4500, remittanceFees: 50, received: 4060 });
  });

  it("exits non-zero naming the missing rate", () => {
    const r = juang("summary", "--month", "2024-05", "--currency", "USD", "--rate", "HKD:IDR=2050", fixture);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("HKD:USD");
    expect(r.out).toBe("");
  });

  it("exits non-zero naming the bad line", () => {
    const dir = mkdtempSync(join(tmpdir(), "juang-"));
    const bad = join(dir, "bad.csv");
    writeFileSync(
      bad,
      "date,type,account,amount,currency,category,payee,note,to_account,to_amount,to_currency,fee,fee_currency,provider\n2024-05-01,income,Dompet,10,HKD,,,,,,,,,\n2024-05-02,expense,Dompet,1.5.0,HKD,,,,,,,,,\n",
    );
    const r = juang("summary", "--month", "2024-05", "--currency", "HKD", bad);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/line 3/);
    expect(r.err).toMatch(/amount/);
    expect(r.out).toBe("");
  });

  it("exits non-zero on bad usage", () => {
    expect(juang("summary", "--month", "2024-05", fixture).code).not.toBe(0);
    expect(juang("summary", "--month", "2024-05", "--currency", "HKD", "--rate", "HKD=IDR", fixture).code).not.toBe(0);
  });
});
