/**
 * What /chat loads, gzipped, from the built app (packages/web/dist): the chat screen's chunk, its CSS,
 * and every chunk it imports or loads lazily (the phone's classifier and dialogue, the directory,
 * zod), but not the app shell already on the page. Budget: 250 KB.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
const MANIFEST = join(DIST, ".vite/manifest.json");
export const CHAT_BUDGET_BYTES = 250_000;

interface Chunk {
  file: string;
  name?: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

export function chatFiles(manifest: Record<string, Chunk>): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk || chunk.isEntry) return; // the app shell is on the page already
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const k of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(k);
  };
  // The chat screen's chunk: keyed by its source, or (when Rollup names it from a shared chunk) by its name.
  for (const [key, chunk] of Object.entries(manifest)) {
    if (key === "src/chat/ChatScreen.tsx" || (chunk.name === "ChatScreen" && chunk.file.endsWith(".js"))) visit(key);
  }
  return [...files];
}

describe.skipIf(!existsSync(MANIFEST))("bundle size of /chat", () => {
  it(`stays within ${CHAT_BUDGET_BYTES / 1000} KB gzipped, model included`, () => {
    const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as Record<string, Chunk>;
    const files = chatFiles(manifest);
    expect(files.some((f) => f.includes("ChatScreen"))).toBe(true);
    expect(files.some((f) => f.includes("localEngine"))).toBe(true);
    const sizes = files.map((f) => ({ f, gz: gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length }));
    const total = sizes.reduce((s, x) => s + x.gz, 0);
    console.log(
      `/chat loads ${(total / 1000).toFixed(1)} KB gzipped: ${sizes.map((s) => `${s.f.replace("assets/", "")} ${(s.gz / 1000).toFixed(1)}`).join(", ")}`,
    );
    expect(total).toBeLessThanOrEqual(CHAT_BUDGET_BYTES);
  });
});
