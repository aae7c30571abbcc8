import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseCountry, deviceState, type Harness, startHarness } from "./helpers";

/** Opens the app in a fresh tab, leaves traces (country, language, a Safe Travel and a Juang database). */
async function useTheApp(h: Harness): Promise<Page> {
  const { page } = await h.newPage();
  await page.goto("about:blank");
  await page.goto("/");
  await chooseCountry(page, "HK");
  await page.getByRole("button", { name: /Ganti ke English/ }).click();
  await page.getByRole("link", { name: /Help directory/ }).click();
  await page.getByRole("heading", { name: "Help directory", level: 1 }).waitFor();
  await page.evaluate(async () => {
    sessionStorage.setItem("safetravel.draft", "x");
    const open = (name: string) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(name, 1);
        req.onupgradeneeded = () => req.result.createObjectStore("s");
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      });
    await open("safetravel-evidence");
    await open("juang");
  });
  const before = await deviceState(page);
  expect(before.local).toContain("safetravel.country");
  expect(before.dbs).toEqual(expect.arrayContaining(["safetravel-evidence", "juang"]));
  return page;
}

async function expectLeftAndWiped(page: Page, baseUrl: string) {
  await page.waitForURL(/\/resep\.html$/);
  await page.getByRole("heading", { name: "Nasi Goreng Sederhana" }).waitFor();
  const after = await deviceState(page);
  expect(after.local.filter((k) => k.startsWith("safetravel."))).toEqual([]);
  expect(after.session.filter((k) => k.startsWith("safetravel."))).toEqual([]);
  expect(after.dbs).not.toContain("safetravel-evidence");
  expect(after.dbs).toContain("juang"); // Juang's own database is not Safe Travel's to wipe
  // Back does not return into the app.
  await page.goBack().catch(() => null);
  const url = page.url();
  expect(url.startsWith(baseUrl) && !url.endsWith("/resep.html")).toBe(false);
}

describe("quick exit", { timeout: 90_000 }, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("the button in the header leaves for the neutral page, wipes the device, and Back does not return", async () => {
    const page = await useTheApp(h);
    await page.getByRole("button", { name: /Quick exit/ }).click();
    await expectLeftAndWiped(page, h.baseUrl);
  });

  it("double Escape does the same", async () => {
    const page = await useTheApp(h);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expectLeftAndWiped(page, h.baseUrl);
  });

  it("after quick exit the app opens in Indonesian with no country remembered", async () => {
    const page = await useTheApp(h);
    await page.getByRole("button", { name: /Quick exit/ }).click();
    await page.waitForURL(/\/resep\.html$/);
    await page.goto("/");
    await page.getByRole("link", { name: /Tanya asisten/ }).waitFor();
    expect(await page.getByLabel("Negara", { exact: true }).inputValue()).toBe("");
  });
});
