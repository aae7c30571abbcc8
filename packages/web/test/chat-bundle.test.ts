/**
 * What /chat loads, gzipped, from the built app (packages/web/dist): the chat screen's chunk, its CSS
 * and static imports, and the phone's assistant (classifier, dialogue, directory, zod): in its
 * worker chunk, or (where there is no Worker) imported lazily into the page; not the app shell
 * already on the page. Budget: 250 KB either way. Measured by bench/bundle-size.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHAT_BUDGET, DIST, measureChat } from "../bench/bundle-size";

const MANIFEST = join(DIST, ".vite/manifest.json");

const list = (files: string[]) => files.map((f) => f.replace("assets/", "")).join(", ");

describe.skipIf(!existsSync(MANIFEST))("bundle size of /chat", () => {
  it(`stays within ${CHAT_BUDGET / 1000} KB gzipped, model included, with and without a worker`, () => {
    const chat = measureChat(JSON.parse(readFileSync(MANIFEST, "utf8")));
    console.log(
      `/chat loads ${(chat.worker.gzip / 1000).toFixed(1)} KB gzipped (${list(chat.worker.files)}); ` +
        `without a worker ${(chat.inPage.gzip / 1000).toFixed(1)} KB (${list(chat.inPage.files)})`,
    );
    expect(chat.worker.files.some((f) => f.includes("ChatScreen"))).toBe(true);
    // The model is in the worker chunk, which the screen starts by URL (Vite's manifest does not list it).
    expect(chat.worker.files.some((f) => /engineWorker-[\w-]+\.js$/.test(f))).toBe(true);
    expect(chat.worker.files.some((f) => f.includes("localEngine"))).toBe(false);
    expect(chat.inPage.files.some((f) => f.includes("localEngine"))).toBe(true);
    expect(chat.worker.gzip).toBeLessThanOrEqual(CHAT_BUDGET);
    expect(chat.inPage.gzip).toBeLessThanOrEqual(CHAT_BUDGET);
  });

  it("the worker chunk carries the model: it is most of what /chat loads", () => {
    const chat = measureChat(JSON.parse(readFileSync(MANIFEST, "utf8")));
    const worker = chat.worker.files.find((f) => f.includes("engineWorker"))!;
    const text = readFileSync(join(DIST, worker), "utf8");
    // Self-contained: a separate build, no imports of the page's chunks.
    expect(text).not.toMatch(/\bimport\s*[("'{*]/);
    expect(text.length).toBeGreaterThan(100_000);
  });
});
