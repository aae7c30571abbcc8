/**
 * End-to-end harness: the real server (packages/server/src/app.ts, SQLite in a temporary folder)
 * serving the built app (packages/web/dist), and Debian's Chromium through playwright-core.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from "playwright-core";

export const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
export const SHOTS = "/tmp/safetravel-shots";
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** "server": the real app (packages/server/src/app.ts); "fallback": e2e/fallback-server.ts. */
  backend: "server" | "fallback";
  newPage(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("Build the web app first: npm run build -w @safetravel/web");
  const dataDir = mkdtempSync(join(tmpdir(), "st-web-e2e-"));
  const { port, stop, backend } = await startServer(dataDir);
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const contexts: BrowserContext[] = [];
  return {
    baseUrl,
    browser,
    backend,
    async newPage(options = {}) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 1,
        isMobile: true,
        hasTouch: true,
        locale: "id-ID",
        ...options,
      });
      contexts.push(context);
      const page = await context.newPage();
      return { context, page };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close().catch(() => {});
      await stop().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The real server on SQLite in dataDir; the stand-in only when the server cannot be loaded. */
async function startServer(dataDir: string): Promise<{ port: number; stop: () => Promise<void>; backend: Harness["backend"] }> {
  let real: typeof import("../../server/src/app") | null = null;
  let config: typeof import("../../server/src/config") | null = null;
  try {
    real = await import("../../server/src/app");
    config = await import("../../server/src/config");
  } catch (e) {
    if (process.env.E2E_REAL_SERVER === "1") throw e;
    console.warn(`e2e: the real server could not be loaded (${(e as Error).message}); using e2e/fallback-server.ts`);
  }
  if (real && config) {
    const app = await real.buildApp(
      config.loadConfig({
        DATA_DIR: dataDir,
        PORT: "0",
        HOST: "127.0.0.1",
        LOG_LEVEL: "silent",
        WEB_ROOT: DIST,
        DATA_KEY: Buffer.alloc(32, 9).toString("base64"),
      }),
    );
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    return { port: typeof address === "object" && address ? address.port : 0, stop: () => app.close(), backend: "server" };
  }
  const { startFallbackServer } = await import("./fallback-server");
  const { server, port } = await startFallbackServer(DIST);
  return {
    port,
    backend: "fallback",
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Waits until the service worker controls the page (the app shell is then precached). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 20_000 });
}

/** Chooses her country on a screen that shows the country picker. */
export async function chooseCountry(page: Page, code: string): Promise<void> {
  await page.getByLabel(/^(Negara|Country)$/).first().selectOption(code);
}

/** Saves a screenshot under /tmp for a human to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  await page.screenshot({ path: join(SHOTS, `${name}-top.png`) }); // what she sees first, 360×740
}

/** Keys of localStorage and sessionStorage, and IndexedDB database names, of the page's origin. */
export async function deviceState(page: Page): Promise<{ local: string[]; session: string[]; dbs: string[] }> {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    dbs: (await indexedDB.databases()).map((d) => d.name ?? ""),
  }));
}
