import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseCountry, type Harness, shot, startHarness, waitForServiceWorker } from "./helpers";

const HK = { latitude: 22.2793, longitude: 114.1628, accuracy: 30 };

describe("panic button", { timeout: 90_000 }, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("hold 2 s: the alert is sent with her location and the screen confirms it, numbers still shown", async () => {
    const { page } = await h.newPage({ permissions: ["geolocation"], geolocation: HK });
    await page.goto("/emergency");
    await chooseCountry(page, "HK");
    await page.getByRole("button", { name: /Pesan singkat|Tambah pesan/ }).or(page.getByText(/Tambah pesan/)).first().click();
    await page.getByLabel("Pesan singkat").fill("Majikan mengunci saya di rumah");
    const button = page.getByRole("button", { name: /TAHAN UNTUK MINTA TOLONG/ });
    const box = await button.boundingBox();
    if (!box) throw new Error("no panic button");
    const sent = page.waitForResponse((r) => r.url().endsWith("/api/v1/alerts") && r.request().method() === "POST");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForTimeout(700);
    await page.getByText("Tahan terus…").waitFor(); // visible progress while holding
    await page.waitForTimeout(1700);
    await page.mouse.up();
    const response = await sent;
    expect(response.status()).toBe(201);
    const body = response.request().postDataJSON();
    expect(body).toMatchObject({ country: "HK", language: "id", text: "Majikan mengunci saya di rumah" });
    expect(body.location.lat).toBeCloseTo(HK.latitude, 3);
    expect(body.clientId).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByText("Terkirim.").waitFor();
    await page.getByText(/Yang dikirim: lokasi, pesan/).waitFor();
    expect(await page.locator('a[href="tel:999"]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => localStorage.getItem("safetravel.alertQueue"))).toBeNull();
    await shot(page, "panic-sent");
  });

  it("a photo is downscaled on the phone to a JPEG of at most 1024 px before it is sent", async () => {
    const { page } = await h.newPage();
    await page.goto("/emergency");
    await chooseCountry(page, "HK");
    await page.getByText("Kirim lokasi saya").click();
    await page.getByText(/Tambah pesan atau foto/).click();
    // A 2400×1200 PNG made in the page (no fixture file needed).
    const png = await page.evaluate(async () => {
      const c = document.createElement("canvas");
      c.width = 2400;
      c.height = 1200;
      const ctx = c.getContext("2d")!;
      ctx.fillStyle = "#c62828";
      ctx.fillRect(0, 0, 2400, 1200);
      return c.toDataURL("image/png").split(",")[1]!;
    });
    await page.getByLabel("Foto", { exact: true }).setInputFiles({ name: "bukti.png", mimeType: "image/png", buffer: Buffer.from(png, "base64") });
    await page.getByText("Foto siap dikirim.").waitFor();
    await page.getByRole("button", { name: /TAHAN UNTUK MINTA TOLONG/ }).press("Enter");
    const sent = page.waitForResponse((r) => r.url().endsWith("/api/v1/alerts"));
    await page.getByRole("button", { name: "Ya, kirim" }).click();
    const response = await sent;
    expect(response.status()).toBe(201);
    const photo: string = response.request().postDataJSON().photo;
    expect(photo).toMatch(/^data:image\/jpeg;base64,/);
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, photo);
    expect(size).toEqual([1024, 512]);
    await page.getByText(/Yang dikirim: foto/).waitFor();
  });

  it("a short press (keyboard, screen reader) asks to confirm instead of sending", async () => {
    const { page } = await h.newPage();
    await page.goto("/emergency");
    await chooseCountry(page, "HK");
    await page.getByText("Kirim lokasi saya").click(); // no location this time
    await page.getByRole("button", { name: /TAHAN UNTUK MINTA TOLONG/ }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("alertdialog").getByText("Kirim tanda bahaya ke KBRI/KJRI sekarang?").waitFor();
    await page.getByRole("button", { name: "Batal" }).click();
    expect(await page.getByRole("alertdialog").count()).toBe(0);
    await page.getByRole("button", { name: /TAHAN UNTUK MINTA TOLONG/ }).press("Enter");
    const sent = page.waitForResponse((r) => r.url().endsWith("/api/v1/alerts"));
    await page.getByRole("button", { name: "Ya, kirim" }).click();
    expect((await sent).status()).toBe(201);
    await page.getByText("Terkirim.").waitFor();
    await page.getByText(/Yang dikirim: tanda bahaya saja/).waitFor();
  });

  it("offline: the alert is queued with a clear message, and sent when the network returns", async () => {
    const { context, page } = await h.newPage({ permissions: ["geolocation"], geolocation: HK });
    await page.goto("/emergency");
    await chooseCountry(page, "HK");
    await context.setOffline(true);
    await page.getByRole("button", { name: /TAHAN UNTUK MINTA TOLONG/ }).press("Enter");
    await page.getByRole("button", { name: "Ya, kirim" }).click();
    await page.getByText(/Belum terkirim — akan dikirim otomatis saat ada sinyal\. Telepon nomor di bawah sekarang\./).waitFor();
    const queued = await page.evaluate(() => JSON.parse(localStorage.getItem("safetravel.alertQueue") ?? "[]"));
    expect(queued).toHaveLength(1);
    expect(await page.locator('a[href="tel:999"]').count()).toBeGreaterThan(0);
    await shot(page, "panic-queued");
    const sent = page.waitForResponse((r) => r.url().endsWith("/api/v1/alerts"));
    await context.setOffline(false);
    const response = await sent;
    expect(response.status()).toBe(201);
    expect(response.request().postDataJSON().clientId).toBe(queued[0].body.clientId);
    await page.getByText("Terkirim.").waitFor();
    expect(await page.evaluate(() => localStorage.getItem("safetravel.alertQueue"))).toBeNull();
  });

  it("an alert queued before quick exit is kept and sent from the neutral page when the network returns", { timeout: 60_000 }, async () => {
    const { context, page } = await h.newPage();
    await page.goto("/emergency");
    await chooseCountry(page, "HK");
    await waitForServiceWorker(page); // the neutral page must open offline
    await context.setOffline(true);
    await page.getByText("Kirim lokasi saya").click();
    await page.getByRole("button", { name: /TAHAN UNTUK MINTA TOLONG/ }).press("Enter");
    await page.getByRole("button", { name: "Ya, kirim" }).click();
    await page.getByText(/Belum terkirim/).waitFor();
    await page.getByRole("button", { name: /Keluar cepat/ }).click();
    await page.waitForURL(/\/resep\.html$/);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toEqual(["safetravel.alertQueue"]);
    // The neutral page retries every 10 s (and on the online event).
    const statuses: number[] = [];
    page.on("response", (r) => {
      if (r.url().endsWith("/api/v1/alerts")) statuses.push(r.status());
    });
    await context.setOffline(false);
    await page.waitForFunction(() => localStorage.getItem("safetravel.alertQueue") === null, undefined, { timeout: 25_000 });
    // The online event and the retry timer may both send it, and a copy can reach the server
    // while the browser still counts itself offline; the server stores it once (201 the first
    // time, 200 with duplicate=true for a copy: see the server's alert tests).
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 201 || s === 200)).toBe(true);
  });
});
