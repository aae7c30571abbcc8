import type { APIRequestContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, shot, startHarness } from "./helpers";

async function onboard(page: Page): Promise<void> {
  await page.goto("/juang");
  await page.getByText("Mulai dalam satu menit").waitFor({ timeout: 60_000 });
  await page.getByLabel("Negara tempat Anda bekerja").selectOption("HK");
  await page.getByLabel(/^Gaji per bulan/).fill("4.990");
  await page.getByRole("button", { name: "Mulai" }).click();
  await page.getByText("Sisa bulan ini").waitFor();
}

async function addExpense(page: Page, category: string, digits: string) {
  await page.getByRole("link", { name: "+ Pengeluaran" }).click();
  await page.getByRole("button", { name: category, exact: true }).click();
  await page.locator("output.j-amount").waitFor();
  await page.keyboard.type(digits);
  await page.getByRole("button", { name: "Simpan pengeluaran" }).click();
  await page.getByText("Sisa bulan ini").waitFor();
}

async function serverChanges(request: APIRequestContext, id: string, token: string): Promise<number> {
  let since = 0;
  let n = 0;
  for (;;) {
    const res = await request.get(`/api/v1/juang/vaults/${id}/changes?since=${since}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { changes: { payload: string }[]; cursor: number; more: boolean };
    for (const c of body.changes) expect(c.payload).toMatch(/^[A-Za-z0-9+/]+=*$/); // base64 ciphertext, no JSON in clear
    n += body.changes.length;
    since = body.cursor;
    if (!body.more) return n;
  }
}

describe("Juang sync against the real server: two devices", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it("two devices edit offline, go online and converge; a push repeated after a dropped connection changes nothing", async (ctx) => {
    const probe = await (await h.newPage()).page.request.post("/api/v1/juang/vaults", { data: {} });
    if (h.backend !== "server" || probe.status() !== 201) ctx.skip();

    const a = await h.newPage();
    await onboard(a.page);
    await a.page.goto("/juang/settings");
    await a.page.getByRole("button", { name: "Nyalakan sinkron" }).click();
    const code = (await a.page.getByTestId("pair-code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[^.]+\..+$/);
    const [vaultId, token] = [code.slice(0, code.indexOf(".")), code.slice(code.indexOf(".") + 1)];
    await a.page.getByText(/Sinkron: terakhir/).waitFor();
    await shot(a.page, "juang-sync-settings");

    const b = await h.newPage();
    await b.page.goto("/juang");
    await b.page.getByRole("link", { name: /Sambungkan/ }).click();
    await b.page.getByLabel("Kode sambung").fill(code);
    await b.page.getByRole("button", { name: "Sambungkan dengan kode dari HP lain" }).click();
    await b.page.getByText("Sisa bulan ini").waitFor(); // her profile arrived from A

    // Both offline (on Juang's home, navigating inside the app), both edit.
    await a.page.goto("/juang");
    await a.page.getByText("Sisa bulan ini").waitFor();
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await addExpense(a.page, "Makanan", "45");
    await addExpense(b.page, "Transportasi", "12");

    await a.context.setOffline(false);
    await b.context.setOffline(false);
    // A pushes on "online"; B pushes and pulls; A pulls on its next open.
    await a.page.waitForTimeout(1500);
    await b.page.reload();
    await b.page.getByText("Sisa bulan ini").waitFor();
    await b.page.waitForTimeout(1500);
    await a.page.reload();
    for (const p of [a.page, b.page]) {
      await p.getByText("-HK$ 57,00").waitFor({ timeout: 15_000 });
      await p.getByText(/Makanan/).first().waitFor();
      await p.getByText(/Transportasi/).first().waitFor();
    }
    await shot(b.page, "juang-sync-converged");

    // A dropped connection: the server stores the push but the response never arrives.
    const before = await serverChanges(a.page.request, vaultId, token);
    await a.page.route("**/api/v1/juang/vaults/*/changes", async (route) => {
      if (route.request().method() === "POST") {
        await route.fetch();
        await route.abort("connectionreset");
      } else await route.continue();
    });
    await addExpense(a.page, "Kesehatan", "20");
    await a.page.waitForTimeout(3500); // debounced push → stored, response lost
    const afterDrop = await serverChanges(a.page.request, vaultId, token);
    expect(afterDrop).toBeGreaterThan(before);
    await a.page.unroute("**/api/v1/juang/vaults/*/changes");
    const outbox = await a.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open("juang");
          req.onsuccess = () => {
            const c = req.result.transaction("outbox").objectStore("outbox").count();
            c.onsuccess = () => resolve(c.result);
          };
        }),
    );
    expect(outbox).toBeGreaterThan(0); // not acknowledged: will be pushed again
    await a.page.goto("/juang/settings");
    await a.page.getByRole("button", { name: "Sinkron sekarang" }).click();
    await a.page.getByText(/Sinkron: terakhir/).waitFor();
    expect(await serverChanges(a.page.request, vaultId, token)).toBe(afterDrop);
  }, 180_000);
});
