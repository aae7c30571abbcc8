/** The assistant's chat screen end to end: real server, built app, headless Chromium at 360x740. */
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseCountry, deviceState, type Harness, shot, startHarness, waitForServiceWorker } from "./helpers";

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Her country, chosen on the emergency screen (stored on the device as the app does). */
async function inCountry(page: Page, code: string): Promise<void> {
  await page.goto("/emergency");
  await chooseCountry(page, code);
}

async function openChatFromHome(page: Page): Promise<void> {
  await page.goto("/");
  await page.getByRole("link", { name: /Tanya asisten/ }).click();
  await page.getByRole("heading", { name: "Tanya asisten" }).waitFor();
  await page.getByText(/aku asisten Safe Travel/).first().waitFor();
}

async function say(page: Page, text: string): Promise<void> {
  await page.getByLabel("Tulis pesan").fill(text);
  await page.getByRole("button", { name: "Kirim", exact: true }).click();
}

const GREETING = /aku asisten Safe Travel/;

/** Opens the chat online in her country (so the service worker caches the app), then reloads it offline. */
async function openChatOffline(context: BrowserContext, page: Page, country: string): Promise<void> {
  await inCountry(page, country);
  await page.goto("/chat");
  await waitForServiceWorker(page);
  await page.getByText(GREETING).first().waitFor();
  await context.setOffline(true);
  await page.reload();
  await page.getByText(/Kamu sedang offline/).waitFor();
}

/** Records the page's long tasks (main thread blocked for more than 50 ms) from the first script on. */
async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const durations: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = durations;
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) durations.push(Math.round(e.duration));
      }).observe({ type: "longtask", buffered: true });
    } catch {
      // no long-task timing in this browser
    }
  });
}

const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks?: number[] }).__longTasks ?? []);

/** The phone's assistant ran in its worker (precached chunk), and its model was never loaded into the page. */
async function assertAnsweredByWorker(page: Page): Promise<void> {
  expect(page.workers().map((w) => w.url())).toEqual(expect.arrayContaining([expect.stringMatching(/\/assets\/engineWorker-[\w-]+\.js$/)]));
  const pageScripts = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  expect(pageScripts.filter((u) => /localEngine|\/directory-/.test(u))).toEqual([]);
}

describe("chat with the assistant", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("danger in Hong Kong: pinned call buttons for 999 and the KJRI hotline, quick exit still there", async () => {
    const { page } = await h.newPage();
    await inCountry(page, "HK");
    await openChatFromHome(page);
    await page.getByText(/Terhubung/).waitFor();
    await shot(page, "chat-start");
    const t0 = Date.now();
    await say(page, "tolong majikan mau bunuh saya");
    const pinned = page.getByRole("region", { name: "Telepon sekarang" });
    await pinned.locator('a[href="tel:999"]').waitFor();
    const answerMs = Date.now() - t0;
    expect(answerMs).toBeLessThan(3000);
    await expect(pinned.locator('a[href="tel:+85252422240"]').textContent()).resolves.toMatch(/KJRI Hong Kong/);
    // The same numbers in the reply itself, and WhatsApp as a wa.me link.
    expect(await page.locator('.chat-log a[href="tel:999"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.chat-log a[href="https://wa.me/85267730466"]').count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: /Keluar cepat|Keluar/ }).first().waitFor();
    await page.screenshot({ path: "/tmp/chat-danger-hk.png" });
    await shot(page, "chat-danger-hk");
  });

  it("hand-off online: she says yes and the server opens a case", async () => {
    const { page } = await h.newPage();
    await inCountry(page, "HK");
    await openChatFromHome(page);
    await say(page, "tolong majikan mau bunuh saya");
    await page.getByRole("button", { name: "Ya, hubungi petugas" }).click();
    await page.getByText(/Aku sudah memberi tahu petugas/).waitFor();
    await page.getByText("Petugas sudah diberi tahu dan akan membalas di sini.").waitFor();
    await page.screenshot({ path: "/tmp/chat-handoff-online.png" });
  });

  it("quick replies and in-app links: 'Nomor KBRI/KJRI' answers with the mission and a link to lapor diri", async () => {
    const { page } = await h.newPage();
    await inCountry(page, "HK");
    await openChatFromHome(page);
    await page.getByRole("button", { name: "Nomor KBRI/KJRI" }).click();
    const link = page.locator('.chat-log a[href="/lapor-diri"]');
    await link.waitFor();
    await link.click();
    await page.waitForURL("**/lapor-diri");
  });

  it("offline: the phone answers with the numbers, says so, and queues a hand-off she agrees to; sent when back online", async () => {
    const { context, page } = await h.newPage();
    await openChatOffline(context, page, "MY");
    await page.getByText(GREETING).first().waitFor();
    const t0 = Date.now();
    await say(page, "majikan pukul saya");
    await page.locator('.chat-log a[href="tel:999"]').first().waitFor();
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(await page.locator('.chat-log a[href^="tel:+60"]').count()).toBeGreaterThan(0);
    await page.getByText(/Maaf ini terjadi padamu/).waitFor();
    await assertAnsweredByWorker(page);
    await page.screenshot({ path: "/tmp/chat-offline.png" });

    // She asks for an officer (the answer above offered one): the phone asks her consent to send
    // it later, and keeps only that.
    await say(page, "Saya mau bicara dengan petugas");
    await page.getByText(/Boleh aku kirim permintaanmu ke petugas saat sinyal kembali/).waitFor();
    expect(await page.getByText(/Aku sudah memberi tahu petugas/).count()).toBe(0);
    await page.getByRole("button", { name: "Ya, kirim saat ada sinyal" }).click();
    await page.getByText(/Akan dikirim ke petugas begitu ada sinyal/).waitFor();
    const queued = await page.evaluate(() => localStorage.getItem("safetravel.chatHandoff"));
    expect(JSON.parse(queued ?? "[]")).toMatchObject([{ country: "MY", topic: "majikan pukul saya", language: "id" }]);
    await page.screenshot({ path: "/tmp/chat-offline-handoff.png" });

    await context.setOffline(false);
    await page.getByText("Permintaanmu sudah terkirim. Petugas akan membalas di sini secepatnya.").waitFor({ timeout: 25_000 });
    await page.getByText("Petugas sudah diberi tahu dan akan membalas di sini.").waitFor();
    expect(await page.evaluate(() => localStorage.getItem("safetravel.chatHandoff"))).toBeNull();
  });

  it("offline, the assistant trains and answers in its worker: danger pins the call buttons and the screen does not freeze", async () => {
    const { context, page } = await h.newPage();
    await recordLongTasks(page);
    await openChatOffline(context, page, "HK");
    await page.getByText(GREETING).first().waitFor(); // the greeting came from the worker
    await say(page, "tolong majikan mau bunuh saya");
    const pinned = page.getByRole("region", { name: "Telepon sekarang" });
    await pinned.locator('a[href="tel:999"]').waitFor();
    await expect(pinned.locator('a[href="tel:+85252422240"]').textContent()).resolves.toMatch(/KJRI Hong Kong/);
    expect(await page.locator(".bubble.bot.local").count()).toBeGreaterThan(0);
    await assertAnsweredByWorker(page);

    // Training (about half a second here, seconds on a cheap phone) happened off the main thread.
    const tasks = await longTasks(page);
    console.log(`chat offline: main-thread long tasks ${JSON.stringify(tasks)} ms`);
    expect(Math.max(0, ...tasks)).toBeLessThan(250); // in the page training is one task of 400-700 ms here
    await context.setOffline(false);
  });

  it("a phone without Web Workers: the assistant runs in the page, offline too", async () => {
    const { context, page } = await h.newPage();
    await recordLongTasks(page);
    await page.addInitScript(() => {
      // biome-ignore lint/suspicious/noExplicitAny: removing a browser global for the test
      delete (window as any).Worker;
    });
    await openChatOffline(context, page, "HK");
    await say(page, "tolong majikan mau bunuh saya");
    await page.getByRole("region", { name: "Telepon sekarang" }).locator('a[href="tel:999"]').waitFor();
    expect(page.workers()).toEqual([]);
    const pageScripts = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    expect(pageScripts.some((u) => /\/assets\/localEngine-/.test(u))).toBe(true);
    console.log(`chat offline without a worker: main-thread long tasks ${JSON.stringify(await longTasks(page))} ms`);
    await context.setOffline(false);
  });

  it("keeps nothing on the device unless she turns on 'Simpan percakapan ini'; turning it off deletes it", async () => {
    const { page } = await h.newPage();
    await inCountry(page, "SG");
    await page.goto("/chat");
    await page.getByText(GREETING).first().waitFor();
    const toggle = page.getByLabel("Simpan percakapan ini");
    expect(await toggle.isChecked()).toBe(false);
    await say(page, "gaji saya belum dibayar 3 bulan");
    await page.locator(".bubble.bot").nth(2).waitFor();

    const before = await deviceState(page);
    const chatKeys = (s: { local: string[]; session: string[]; dbs: string[] }) =>
      [...s.local, ...s.session, ...s.dbs].filter((k) => k.startsWith("safetravel") && k !== "safetravel.country");
    expect(chatKeys(before)).toEqual([]);

    await page.reload();
    await page.getByText(GREETING).first().waitFor();
    expect(await page.getByText("gaji saya belum dibayar 3 bulan").count()).toBe(0);

    // On: kept in this tab across a reload.
    await say(page, "paspor saya ditahan agen");
    await page.getByText("paspor saya ditahan agen").waitFor();
    await page.getByLabel("Simpan percakapan ini").check();
    expect((await deviceState(page)).session).toContain("safetravel.chat");
    await page.reload();
    await page.getByText("paspor saya ditahan agen").waitFor();
    expect(await page.getByLabel("Simpan percakapan ini").isChecked()).toBe(true);

    // Off: deleted at once.
    await page.getByLabel("Simpan percakapan ini").uncheck();
    expect(chatKeys(await deviceState(page))).toEqual([]);
    await page.reload();
    await page.getByText(GREETING).first().waitFor();
    expect(await page.getByText("paspor saya ditahan agen").count()).toBe(0);
  });

  it("read aloud and voice input appear only where the browser has them", async () => {
    const { page } = await h.newPage();
    await page.addInitScript(() => {
      // A phone without speech: both buttons must be hidden.
      Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });
      // biome-ignore lint/suspicious/noExplicitAny: removing browser globals for the test
      delete (window as any).speechSynthesis;
      // biome-ignore lint/suspicious/noExplicitAny: removing browser globals for the test
      delete (window as any).webkitSpeechRecognition;
      // biome-ignore lint/suspicious/noExplicitAny: removing browser globals for the test
      delete (window as any).SpeechRecognition;
    });
    await inCountry(page, "HK");
    await page.goto("/chat");
    await page.getByText(GREETING).first().waitFor();
    expect(await page.getByRole("button", { name: /Bacakan/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Bicara", exact: true }).count()).toBe(0);

    const other = await h.newPage();
    await other.page.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
      const synth = window.speechSynthesis;
      synth.speak = (u: SpeechSynthesisUtterance) => {
        spoken.push({ text: u.text, lang: u.lang });
        setTimeout(() => u.onend?.(new Event("end") as SpeechSynthesisEvent), 10);
      };
      synth.cancel = () => {};
      synth.getVoices = () => [];
    });
    await inCountry(other.page, "HK");
    await other.page.goto("/chat");
    await other.page.getByText(GREETING).first().waitFor();
    await other.page.getByRole("button", { name: /Bacakan/ }).first().click();
    const spoken = await other.page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
    expect(spoken[0]?.lang).toBe("id-ID");
    expect(spoken[0]?.text).toMatch(/asisten Safe Travel/);
    expect(await other.page.getByRole("button", { name: "Bicara", exact: true }).count()).toBe(1);
  });

  it("axe: no serious or critical violations, in Indonesian after a danger answer and in English", async () => {
    const { page } = await h.newPage();
    await inCountry(page, "HK");
    await page.goto("/chat");
    await page.getByText(GREETING).first().waitFor();
    await say(page, "tolong majikan mau bunuh saya");
    await page.getByRole("region", { name: "Telepon sekarang" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: /Ganti ke English/ }).click();
    await page.getByRole("heading", { name: "Ask the assistant" }).waitFor();
    await page.getByLabel("Write a message").fill("my employer hit me");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await page.getByText(/not your fault/).waitFor();
    await page.screenshot({ path: "/tmp/chat-english.png" });
    expect(await seriousViolations(page)).toEqual([]);
    // Two axe runs: about 20 s alone, over 30 s on a busy 2-core machine.
  }, 90_000);

  it("a request for an officer queued offline is sent from any screen when the app opens online", async () => {
    const { page } = await h.newPage();
    await page.goto("/");
    await page.evaluate(() =>
      localStorage.setItem(
        "safetravel.chatHandoff",
        JSON.stringify([
          { id: "q1", reason: "wage_issue", danger: false, language: "id", queuedAt: Date.now(), country: "SA", topic: "gaji saya belum dibayar" },
        ]),
      ),
    );
    const opened = page.waitForResponse((r) => r.url().endsWith("/api/v1/chat/sessions") && r.request().method() === "POST");
    await page.goto("/");
    expect((await opened).status()).toBe(201);
    await expect.poll(() => page.evaluate(() => localStorage.getItem("safetravel.chatHandoff")), { timeout: 15_000 }).toBeNull();
  });
});
