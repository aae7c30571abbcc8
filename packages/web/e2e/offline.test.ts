import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseCountry, type Harness, shot, startHarness, waitForServiceWorker } from "./helpers";

describe("offline after one visit", { timeout: 90_000 }, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("opens without a network; emergency numbers, the directory and the neutral page work", async () => {
    const { context, page } = await h.newPage();
    await page.goto("/");
    await waitForServiceWorker(page);
    await chooseCountry(page, "MY");
    await context.setOffline(true);

    await page.reload();
    await page.getByRole("link", { name: /DARURAT/ }).waitFor();
    await page.getByRole("heading", { name: /Kuala Lumpur/ }).waitFor();

    await page.goto("/emergency");
    await page.locator('a.call-tile[href="tel:999"]').first().waitFor();
    expect(await page.locator('a.call[href^="tel:+60"]').count()).toBeGreaterThan(0);
    await shot(page, "offline-emergency");

    await page.goto("/directory");
    await page.getByLabel(/^Cari/).fill("KBRI");
    await page.locator("article.entry").first().waitFor();
    expect(await page.locator("article.entry").count()).toBeGreaterThan(0);

    await page.goto("/country");
    await page.getByRole("heading", { name: "Hari libur", exact: true }).waitFor();

    await page.goto("/resep.html");
    await page.getByRole("heading", { name: "Nasi Goreng Sederhana" }).waitFor();
  });
});
