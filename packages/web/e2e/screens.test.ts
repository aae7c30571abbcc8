import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseCountry, type Harness, shot, startHarness } from "./helpers";

describe("Safe Travel screens (360×740, Chromium)", { timeout: 90_000 }, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("home: emergency button, assistant card, mission card of her country, Indonesian by default", async () => {
    const { page } = await h.newPage();
    await page.goto("/");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("id");
    await page.getByRole("link", { name: /DARURAT/ }).waitFor();
    await page.getByRole("link", { name: /Tanya asisten/ }).waitFor();
    await page.getByRole("button", { name: /Keluar cepat/ }).waitFor();
    await chooseCountry(page, "HK");
    await page.getByRole("heading", { name: /KJRI\) Hong Kong/ }).waitFor();
    expect(await page.locator('a[href^="tel:+852"]').count()).toBeGreaterThan(0);
    await shot(page, "home-id");
    await page.getByRole("button", { name: /Ganti ke English/ }).click();
    await page.getByRole("link", { name: /Ask the assistant/ }).waitFor();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await shot(page, "home-en");
  });

  it("emergency: police, ambulance and mission hotline as tel: links, trusted-contact message", async () => {
    const { page } = await h.newPage();
    await page.goto("/emergency");
    await page.getByRole("heading", { name: "Darurat", level: 1 }).waitFor();
    await chooseCountry(page, "HK");
    await page.locator('a.call-tile[href="tel:999"]').first().waitFor();
    expect(await page.locator('a.call[href^="tel:+852"]').count()).toBeGreaterThan(0);
    const sms = await page.getByRole("link", { name: "Kirim SMS" }).getAttribute("href");
    expect(sms).toMatch(/^sms:\?body=Saya%20butuh%20bantuan/);
    const wa = await page.getByRole("link", { name: "Kirim WhatsApp" }).getAttribute("href");
    expect(wa).toMatch(/^https:\/\/wa\.me\/\?text=/);
    // Country is remembered on the device.
    await page.reload();
    await page.locator('a.call-tile[href="tel:999"]').first().waitFor();
    await shot(page, "emergency");
  });

  it("directory: search by country, kind and free text; entries show checked date and sources", async () => {
    const { page } = await h.newPage();
    await page.goto("/directory");
    await page.getByRole("heading", { name: "Direktori bantuan", level: 1 }).waitFor();
    await chooseCountry(page, "MY");
    await page.getByLabel("Jenis bantuan").selectOption("mission");
    await page.locator("article.entry").first().waitFor();
    const names = await page.locator("article.entry h2").allTextContents();
    expect(names.some((n) => /Kuala Lumpur/.test(n))).toBe(true);
    await page.getByLabel("Jenis bantuan").selectOption("");
    await page.getByLabel(/^Cari/).fill("KBRI");
    await page.locator("article.entry").first().waitFor();
    expect(await page.locator("article.entry").first().getByText(/Diperiksa \d{4}/).count()).toBe(1);
    await page.locator("article.entry details summary").first().click();
    expect(await page.locator("article.entry details a[href^='http']").count()).toBeGreaterThan(0);
    await page.getByLabel(/^Cari/).fill("zzzz tidak ada");
    await page.getByText("Tidak ada hasil").waitFor();
    await page.getByLabel(/^Cari/).fill("");
    await shot(page, "directory");
  });

  it("country facts: six topics, each with law or source and checked date", async () => {
    const { page } = await h.newPage();
    await page.goto("/country");
    await chooseCountry(page, "HK");
    for (const topic of ["Paspor", "Hari libur", "Gaji minimum", "Ganti majikan", "Paspor hilang (SPLP)", "Tempat mengadu"]) {
      await page.getByRole("heading", { name: topic, exact: true }).waitFor();
    }
    // Every fact shows its sources; a checked date where a source is dated, "not known" otherwise.
    expect(await page.locator("article.fact details.sources").count()).toBe(6);
    expect(await page.getByText(/Diperiksa \d{4}/).count()).toBeGreaterThanOrEqual(4);
    await shot(page, "country-facts");
  });

  it("lapor diri: inline errors in Indonesian, then a successful submit; view, correct and delete", async () => {
    const { page } = await h.newPage();
    await page.goto("/lapor-diri");
    await page.getByRole("heading", { name: "Lapor diri", level: 1 }).waitFor();
    // Inline validation on leaving a field.
    await page.getByLabel(/^Nomor paspor/).fill("12 34");
    await page.getByLabel(/^Nomor HP \(mulai dengan \+\)/).fill("0812");
    await page.getByLabel(/^Nomor HP \(mulai dengan \+\)/).blur();
    await page.getByText("harus 6-12 huruf atau angka tanpa spasi").waitFor();
    await page.getByText(/harus nomor telepon internasional/).first().waitFor();
    // Submit with everything empty: a summary and "wajib diisi" under the fields.
    await page.getByRole("button", { name: "Kirim lapor diri" }).click();
    await page.getByRole("alert").getByText(/isian yang perlu diperbaiki/).waitFor();
    expect(await page.getByText("wajib diisi").count()).toBeGreaterThanOrEqual(12); // all empty required fields, dates and sex too
    await shot(page, "lapor-diri-errors");

    await page.getByLabel(/^Nama lengkap/).fill("Siti Aminah");
    await page.getByLabel(/^Nomor paspor/).fill("C1234567");
    await page.getByLabel(/^Tanggal lahir/).fill("1990-05-17");
    await page.getByLabel("Perempuan").check();
    await page.getByLabel(/^Nomor HP \(mulai dengan \+\)/).fill("+852 9123 4567");
    await page.getByLabel(/^Negara tempat bekerja/).selectOption("HK");
    await page.getByLabel(/^Kota/).fill("Hong Kong");
    await page.getByLabel(/^Alamat di luar negeri/).fill("Flat 3A, 12 Jalan Contoh, Causeway Bay");
    await page.getByLabel(/^Nama majikan/).fill("Mrs Chan");
    await page.getByLabel(/^Pekerjaan/).fill("Pekerja rumah tangga");
    await page.getByLabel(/^Tanggal tiba/).fill("2024-02-01");
    await page.getByLabel(/^Nama\s*\*?$/).fill("Sri");
    await page.getByLabel(/^Hubungan/).fill("ibu");
    await page.getByLabel(/^Nomor HP \(mulai dengan \+62\)/).fill("+62 812 3456 7890");
    expect(await page.locator(".error").count()).toBe(0);
    await page.getByRole("button", { name: "Kirim lapor diri" }).click();
    await page.getByRole("heading", { name: /Lapor diri terkirim/ }).waitFor();
    const id = (await page.getByTestId("reg-id").textContent())?.trim() ?? "";
    const secret = (await page.getByTestId("reg-secret").textContent())?.trim() ?? "";
    expect(id.length).toBeGreaterThan(4);
    expect(secret.length).toBeGreaterThan(8);
    // Not kept on the device unless she ticks the box.
    expect(await page.evaluate(() => localStorage.getItem("safetravel.registration"))).toBeNull();
    await page.getByLabel("Simpan nomor dan kunci di HP ini").check();
    expect(await page.evaluate(() => localStorage.getItem("safetravel.registration"))).toContain(id);
    await shot(page, "lapor-diri-done");

    // View with id + secret (prefilled because she kept them), correct, delete.
    await page.getByRole("link", { name: /Lihat \/ ubah \/ hapus/ }).click();
    await page.getByRole("heading", { name: "Data lapor diri saya" }).waitFor();
    await page.getByRole("button", { name: "Buka" }).click();
    await expect(page.getByLabel(/^Nama lengkap/).inputValue()).resolves.toBe("Siti Aminah");
    await page.getByLabel(/^Kota/).fill("Kowloon");
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
    await page.getByText("Perubahan disimpan.").waitFor();
    await expect(page.getByLabel(/^Kota/).inputValue()).resolves.toBe("Kowloon");
    await shot(page, "lapor-diri-mine");
    await page.getByRole("button", { name: "Hapus data saya" }).click();
    await page.getByRole("button", { name: "Ya, hapus" }).click();
    await page.getByText("Data Anda sudah dihapus.").waitFor();
    expect(await page.evaluate(() => localStorage.getItem("safetravel.registration"))).toBeNull();
    const gone = await page.request.get(`/api/v1/registrations/${id}`, { headers: { authorization: `Bearer ${secret}` } });
    expect(gone.status()).toBe(404);
  });

  it("every worker screen: Darurat link and quick exit in the same top-right corner", async () => {
    const { page } = await h.newPage();
    for (const path of ["/", "/emergency", "/directory", "/country", "/lapor-diri", "/lapor-diri/saya", "/chat", "/juang"]) {
      await page.goto(path);
      const exit = page.getByRole("button", { name: /Keluar cepat/ });
      const box = await exit.boundingBox();
      expect(box, path).not.toBeNull();
      expect(box!.x + box!.width, path).toBeGreaterThan(340);
      expect(box!.y, path).toBeLessThan(20);
      expect(box!.height, path).toBeGreaterThanOrEqual(44);
      expect(await page.getByRole("link", { name: "Darurat", exact: true }).getAttribute("href"), path).toBe("/emergency");
    }
  });

  it("other areas: /chat, /juang and /console load their own (lazy) screens", async () => {
    const { page } = await h.newPage();
    for (const path of ["/chat", "/juang", "/console"]) {
      await page.goto(path);
      await page.locator("main h1").first().waitFor();
      expect(await page.getByText("Halaman tidak ditemukan.").count(), path).toBe(0);
    }
  });
});
