/**
 * Bundle-size report of the built web app (packages/web/dist, after `npm run build -w @safetravel/web`):
 * every entry and chunk with its gzipped size, and the initial JavaScript (the entry plus its static
 * imports, plus the service-worker registration script) against the 120 KB budget.
 *
 *   npx tsx packages/web/bench/bundle-size.ts
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

export const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
export const INITIAL_JS_BUDGET = 120 * 1024;

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export interface ChunkSize {
  file: string;
  name: string;
  kind: "entry" | "lazy" | "shared" | "css" | "script";
  bytes: number;
  gzip: number;
  initial: boolean;
}

export interface BundleSizeReport {
  chunks: ChunkSize[];
  initialJsGzip: number;
  initialCssGzip: number;
  budget: number;
  withinBudget: boolean;
}

function sizes(file: string): { bytes: number; gzip: number } {
  const buf = readFileSync(join(DIST, file));
  return { bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

export async function runBundleSizeBench(dist = DIST): Promise<BundleSizeReport> {
  const manifestPath = join(dist, ".vite", "manifest.json");
  if (!existsSync(manifestPath)) throw new Error(`No ${manifestPath}: run \`npm run build -w @safetravel/web\` first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, ManifestChunk>;

  // The initial set: entries and, transitively, their static imports.
  const initial = new Set<string>();
  const visit = (key: string) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const k of manifest[key]?.imports ?? []) visit(k);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

  const chunks: ChunkSize[] = [];
  const cssSeen = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.file.endsWith(".js")) continue;
    const kind = chunk.isEntry ? "entry" : chunk.isDynamicEntry ? "lazy" : "shared";
    chunks.push({ file: chunk.file, name: chunk.name ?? key, kind, ...sizes(chunk.file), initial: initial.has(key) });
    for (const css of chunk.css ?? []) {
      if (cssSeen.has(css)) continue;
      cssSeen.add(css);
      chunks.push({ file: css, name: css, kind: "css", ...sizes(css), initial: initial.has(key) });
    }
  }
  // Classic scripts index.html loads besides the module entry (vite-plugin-pwa's registerSW.js).
  const html = readFileSync(join(dist, "index.html"), "utf8");
  for (const m of html.matchAll(/<script\b(?![^>]*type="module")[^>]*\bsrc="\/?([^"]+)"/g)) {
    const file = m[1]!;
    if (existsSync(join(dist, file))) chunks.push({ file, name: file, kind: "script", ...sizes(file), initial: true });
  }

  const initialJsGzip = chunks.filter((c) => c.initial && c.kind !== "css").reduce((s, c) => s + c.gzip, 0);
  const initialCssGzip = chunks.filter((c) => c.initial && c.kind === "css").reduce((s, c) => s + c.gzip, 0);
  chunks.sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
  return { chunks, initialJsGzip, initialCssGzip, budget: INITIAL_JS_BUDGET, withinBudget: initialJsGzip <= INITIAL_JS_BUDGET };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function formatReport(r: BundleSizeReport): string {
  const lines = [`${"file".padEnd(44)} ${"kind".padEnd(7)} ${"raw".padStart(9)} ${"gzip".padStart(9)}  initial`];
  for (const c of r.chunks) {
    lines.push(`${c.file.padEnd(44)} ${c.kind.padEnd(7)} ${kb(c.bytes).padStart(9)} ${kb(c.gzip).padStart(9)}  ${c.initial ? "yes" : ""}`);
  }
  lines.push("");
  lines.push(`initial JS (gzip): ${kb(r.initialJsGzip)} of ${kb(r.budget)} budget — ${r.withinBudget ? "OK" : "OVER BUDGET"}`);
  lines.push(`initial CSS (gzip): ${kb(r.initialCssGzip)}`);
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runBundleSizeBench().then(
    (r) => {
      console.log(formatReport(r));
      if (!r.withinBudget) process.exitCode = 1;
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}
