import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, shot, startHarness, waitForServiceWorker } from "./helpers";

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Onboarding: country, salary, payday, what she saves for. */
async function onboard(page: Page, opts: { salary?: string } = {}): Promise<void> {
  await page.goto("/juang");
  await page.getByText("Mulai dalam satu menit").waitFor({ timeout: 60_000 });
  await page.getByLabel("Negara tempat Anda bekerja").selectOption("HK");
  await page.getByLabel(/^Gaji per bulan/).fill(opts.salary ?? "4.990");
  await page.getByLabel(/^Tanggal gajian/).fill("1");
  await page.getByLabel(/^Anda menabung untuk apa/).fill("Modal warung");
  await page.getByLabel(/^Target tabungan/).fill("30.000.000");
  await page.getByRole("button", { name: "Mulai" }).click();
  await page.getByText("Sisa bulan ini").waitFor();
}

/** Home → "+ Pengeluaran" → category → (digits typed) → Simpan: counts the taps. */
async function addExpense(page: Page, category: string, digits?: string): Promise<number> {
  let taps = 0;
  await page.getByRole("link", { name: "+ Pengeluaran" }).click();
  taps++;
  await page.getByRole("button", { name: category, exact: true }).click();
  taps++;
  await page.locator("output.j-amount").waitFor();
  if (digits) await page.keyboard.type(digits);
  await page.getByRole("button", { name: "Simpan pengeluaran" }).click();
  taps++;
  await page.getByText("Sisa bulan ini").waitFor();
  return taps;
}

const month = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
};

describe("Juang (headless Chromium, 360×740)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  }, 120_000);

  it("onboarding, an expense in three taps, offline after the first visit", async () => {
    const { context, page } = await h.newPage();
    await page.goto("/");
    await waitForServiceWorker(page);
    await page.goto("/juang");
    await page.getByRole("heading", { name: "Juang", level: 1 }).waitFor();
    await shot(page, "juang-onboarding");
    expect(await seriousViolations(page)).toEqual([]);
    await onboard(page);
    await page.getByRole("button", { name: /Catat gaji HK\$ 4\.990,00/ }).click();
    await page.getByText(/dari pemasukan HK\$ 4\.990,00/).waitFor();

    // First expense: type the amount. Then the same category again: the amount is preset → 3 taps.
    expect(await addExpense(page, "Makanan", "45")).toBe(3);
    expect(await addExpense(page, "Makanan")).toBe(3);
    await page.getByText("HK$ 4.900,00").first().waitFor(); // 4990 − 2 × 45
    await shot(page, "juang-home");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "+ Pengeluaran" }).click();
    await page.getByRole("button", { name: "Pulsa & paket data", exact: true }).click();
    await shot(page, "juang-keypad");
    expect(await seriousViolations(page)).toEqual([]);

    await context.setOffline(true);
    await page.goto("/juang");
    await page.getByText("Sisa bulan ini").waitFor();
    const taps = await addExpense(page, "Transportasi", "12");
    expect(taps).toBe(3);
    await page.getByText("HK$ 4.888,00").first().waitFor();
    await context.setOffline(false);
  }, 120_000);

  it("a remittance with its true cost, provider quotes, and the month's report with its rates", async () => {
    const { page } = await h.newPage();
    await onboard(page);
    await page.getByRole("link", { name: "+ Kirim uang" }).click();
    await page.getByLabel(/^Jumlah dikirim/).first().fill("2.000");
    await page.getByLabel(/^Biaya kirim/).first().fill("50");
    await page.getByLabel(/^Diterima keluarga/).fill("4.000.000");
    await page.getByLabel("Penerima").fill("Ibu Sumi");
    await page.getByLabel(/^Lewat/).fill("Bank A");
    await page.getByLabel(/^Kurs acuan/).fill("2.050");
    await page.getByRole("button", { name: "Simpan kiriman" }).click();
    const cost = page.getByTestId("true-cost");
    await cost.waitFor();
    // reference value 4,100,000 − received 4,000,000 = Rp 100.000 ≈ HK$ 48,78; fee 50 → 98,78 = 4,94%
    await expect(cost.textContent()).resolves.toContain("HK$ 98,78 = 4,94% dari yang dikirim");
    await expect(cost.textContent()).resolves.toContain("Rp 100.000");
    await expect(cost.textContent()).resolves.toContain("target dunia 3%");
    await expect(cost.textContent()).resolves.toContain("Kurs Anda: 2000 · kurs acuan: 2050");
    await shot(page, "juang-remittance");
    expect(await seriousViolations(page)).toEqual([]);

    // Quotes: led by what the family receives.
    await page.getByLabel(/^Jumlah dikirim/).nth(1).fill("2.000");
    await page.getByLabel("Penyedia", { exact: true }).fill("Toko X");
    await page.getByLabel(/^Biaya kirim/).nth(1).fill("30");
    await page.getByLabel(/^Keluarga terima/).fill("3.950.000");
    await page.getByRole("button", { name: "Tambah penawaran" }).click();
    // The form clears itself once the quote is saved; fill the next one only after that.
    await expect.poll(() => page.getByLabel("Penyedia", { exact: true }).inputValue()).toBe("");
    await page.getByLabel("Penyedia", { exact: true }).fill("Aplikasi Y");
    await page.getByLabel(/^Biaya kirim/).nth(1).fill("0");
    await page.getByLabel(/^Keluarga terima/).fill("4.050.000");
    await page.getByRole("button", { name: "Tambah penawaran" }).click();
    await page.getByText("Aplikasi Y — Terbaik").waitFor();

    await page.goto("/juang/report");
    await page.getByRole("heading", { name: "Laporan bulanan" }).waitFor();
    const table = page.locator("table.j-table");
    await expect(table.textContent()).resolves.toContain("Dikirim ke keluargaHK$ 2.000,00");
    await expect(table.textContent()).resolves.toContain("Biaya kirimHK$ 50,00");
    await page.getByLabel("Dalam mata uang").selectOption("IDR");
    await expect(page.locator("table.j-table").textContent()).resolves.toContain("Diterima keluargaRp 4.000.000");
    await expect(page.locator("table.j-table").textContent()).resolves.toContain("Dikirim ke keluargaRp 4.100.000");
    await page.getByText(/1 HKD = 2050 IDR \(kurs yang Anda catat, \d{4}-\d\d-\d\d\)/).waitFor();
    await shot(page, "juang-report");
    expect(await seriousViolations(page)).toEqual([]);
  }, 120_000);

  it("CSV export/import round trip; a bad file is refused line by line; JSON backup", async () => {
    const { page } = await h.newPage({ acceptDownloads: true });
    await onboard(page);
    await addExpense(page, "Makanan", "45");
    await page.goto("/juang/settings");
    const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Ekspor CSV" }).click()]);
    const csv = readFileSync((await dl.path()) as string, "utf8");
    expect(csv.split(/\r?\n/)[0]).toBe("date,type,account,amount,currency,category,payee,note,to_account,to_amount,to_currency,fee,fee_currency,provider");
    expect(csv).toContain(`,expense,Dompet,45,HKD,food,`);

    const bad = "date,type,account,amount,currency,category,payee,note,to_account,to_amount,to_currency,fee,fee_currency,provider\r\n2025-02-30,expense,Dompet,10,HKD,food,,,,,,,,\r\n2025-03-01,expense,Dompet,1.234,56,HKD,food,,,,,,,,\r\n";
    await page.locator('input[type="file"][accept^=".csv"]').setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
    await page.getByText("File tidak diimpor. Perbaiki baris berikut:").waitFor();
    await page.getByText("Baris 2").waitFor();
    await page.getByText("Baris 3").first().waitFor();
    await shot(page, "juang-import-errors");
    expect(await seriousViolations(page)).toEqual([]);

    // A new device (fresh context) imports the good file: same totals.
    const other = await h.newPage();
    await onboard(other.page);
    await other.page.goto("/juang/settings");
    await other.page.locator('input[type="file"][accept^=".csv"]').setInputFiles({ name: "juang.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await other.page.getByText("1 catatan diimpor.").waitFor();
    await other.page.goto("/juang");
    await other.page.getByText("HK$ 45,00").first().waitFor();
    const [dl2] = await Promise.all([other.page.waitForEvent("download"), other.page.goto("/juang/settings").then(() => other.page.getByRole("button", { name: "Ekspor CSV" }).click())]);
    expect(readFileSync((await dl2.path()) as string, "utf8")).toBe(csv);

    const [bk] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Simpan cadangan (JSON)" }).click()]);
    const backup = readFileSync((await bk.path()) as string, "utf8");
    expect(JSON.parse(backup).format).toBe("juang-backup");
    const third = await h.newPage();
    await onboard(third.page);
    await third.page.goto("/juang/settings");
    await third.page.locator('input[type="file"][accept^=".json"]').setInputFiles({ name: "b.json", mimeType: "application/json", buffer: Buffer.from(backup) });
    await third.page
      .getByText("Cadangan dipulihkan.")
      .waitFor({ timeout: 15_000 })
      .catch(async (e) => {
        throw new Error(`${(e as Error).message}\n${await third.page.locator("main").textContent()}`);
      });
    await third.page.goto("/juang/report");
    await expect(third.page.locator("table.j-table").textContent()).resolves.toContain("PengeluaranHK$ 45,00");
    expect(month()).toMatch(/^\d{4}-\d\d$/);
  }, 120_000);

  it("PIN lock: asks on open, wrong PIN refused, forgetting it wipes Juang's data", async () => {
    const { page } = await h.newPage();
    await onboard(page);
    await page.goto("/juang/settings");
    await page.getByLabel("PIN baru (4–8 angka)").fill("2468");
    await page.getByLabel("Ulangi PIN").fill("2468");
    await page.getByRole("button", { name: "Pasang PIN" }).click();
    await page.getByText("PIN terpasang.").waitFor();
    const stored = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const req = indexedDB.open("juang");
          req.onsuccess = () => {
            const get = req.result.transaction("meta").objectStore("meta").get("pin");
            get.onsuccess = () => resolve(JSON.stringify(get.result));
          };
        }),
    );
    expect(stored).toContain('"salt"');
    expect(stored).not.toContain("2468");

    await page.reload();
    await page.getByRole("heading", { name: "Juang terkunci" }).waitFor();
    await shot(page, "juang-lock");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("PIN").fill("1111");
    await page.getByRole("button", { name: "Buka" }).click();
    await page.getByText("PIN salah.").waitFor();
    await page.getByLabel("PIN").fill("2468");
    await page.getByRole("button", { name: "Buka" }).click();
    await page.getByText("Pengaturan", { exact: true }).first().waitFor();

    await page.goto("/juang");
    await page.getByRole("heading", { name: "Juang terkunci" }).waitFor();
    await page.getByRole("button", { name: "Lupa PIN?" }).click();
    await page.getByText(/data Juang tidak bisa dibuka/).waitFor();
    await page.getByRole("button", { name: "Hapus data Juang dan mulai lagi" }).click();
    await page.getByText("Mulai dalam satu menit").waitFor({ timeout: 60_000 });
  }, 120_000);

  it("other screens in Indonesian and English pass axe", async () => {
    const { page } = await h.newPage();
    await onboard(page);
    for (const [path, ready] of [
      ["/juang/debts", "Utang & pinjaman"],
      ["/juang/goals", "Target tabungan"],
      ["/juang/budgets", "Anggaran bulanan"],
      ["/juang/recurring", "Rutin"],
      ["/juang/lessons", "Hindari rentenir"],
      ["/juang/settings", "Sinkron & cadangan di server"],
    ] as const) {
      await page.goto(path);
      await page.getByText(ready).first().waitFor();
      await shot(page, `juang-${path.split("/").pop()}`);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await page.getByRole("button", { name: "English", exact: true }).click();
    await page.getByRole("heading", { name: "Settings" }).waitFor();
    await page.goto("/juang");
    await page.getByText("Left this month").waitFor();
    await page.getByRole("link", { name: "+ Expense" }).waitFor();
    await shot(page, "juang-home-en");
    expect(await seriousViolations(page)).toEqual([]);
  }, 120_000);
});
