import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseCountry, type Harness, startHarness } from "./helpers";

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const SCREENS: { path: string; ready: string; prepare?: (page: Page) => Promise<void> }[] = [
  { path: "/", ready: "DARURAT" },
  { path: "/emergency", ready: "Tombol panik" },
  { path: "/directory", ready: "Direktori bantuan" },
  { path: "/country", ready: "Hak Anda" },
  {
    path: "/lapor-diri",
    ready: "Lapor diri",
    prepare: async (page) => {
      await page.getByRole("button", { name: "Kirim lapor diri" }).click(); // with its inline errors
      await page.getByRole("alert").waitFor();
    },
  },
  { path: "/lapor-diri/saya", ready: "Data lapor diri saya" },
];

describe("accessibility (axe): no serious or critical violations", { timeout: 90_000 }, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const screen of SCREENS) {
    it(screen.path, async () => {
      const { page } = await h.newPage();
      await page.goto("/emergency");
      await chooseCountry(page, "HK");
      await page.goto(screen.path);
      await page.getByText(screen.ready).first().waitFor();
      await screen.prepare?.(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  it("/ in English", async () => {
    const { page } = await h.newPage();
    await page.goto("/");
    await page.getByRole("button", { name: /Ganti ke English/ }).click();
    await page.getByText("EMERGENCY").first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
