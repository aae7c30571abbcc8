/**
 * Bundle-size report of the built web app (packages/web/dist, after `npm run build -w @safetravel/web`):
 * every entry, chunk and worker with its gzipped size, the initial JavaScript (the entry plus its static
 * imports, plus the service-worker registration script) against the 120 KB budget, and what /chat
 * loads (the screen, and the phone's assistant: its worker, or the same model in the page where
 * there is no worker) against the 250 KB budget.
 *
 *   npx tsx packages/web/bench/bundle-size.ts
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

export const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
export const INITIAL_JS_BUDGET = 120 * 1024;
/** What /chat may load, gzipped, model included. */
export const CHAT_BUDGET = 250_000;

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
  kind: "entry" | "lazy" | "shared" | "css" | "script" | "worker";
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
  chat: ChatLoad;
}

/** What /chat loads besides the app shell: the usual way (assistant in a worker), and without a worker. */
export interface ChatLoad {
  /** The screen's chunks and CSS, and the worker chunk(s) it starts (the model is in them). */
  worker: { files: string[]; gzip: number };
  /** Where there is no Worker: the screen and the lazily imported model in the page. */
  inPage: { files: string[]; gzip: number };
  budget: number;
  withinBudget: boolean;
}

function sizes(file: string, dist = DIST): { bytes: number; gzip: number } {
  const buf = readFileSync(join(dist, file));
  return { bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

/**
 * Chunks that a chunk loads by URL and that Vite's manifest does not list: module workers
 * (`new Worker(new URL("/assets/engineWorker-<hash>.js", import.meta.url))`), bundled by a
 * separate build with everything they import.
 */
export function workersOf(dist: string, file: string, manifest: Record<string, ManifestChunk>): string[] {
  const listed = new Set(Object.values(manifest).map((c) => c.file));
  const text = readFileSync(join(dist, file), "utf8");
  const found = new Set<string>();
  for (const m of text.matchAll(/["'`/](assets\/[\w.-]+\.js)["'`]/g)) {
    const f = m[1]!;
    if (f !== file && !listed.has(f) && existsSync(join(dist, f))) found.add(f);
  }
  return [...found];
}

/** The manifest keys of the chat screen's chunk: keyed by its source, or (when Rollup names it from a shared chunk) by its name. */
function chatScreenKeys(manifest: Record<string, ManifestChunk>): string[] {
  return Object.entries(manifest)
    .filter(([key, c]) => key === "src/chat/ChatScreen.tsx" || (c.name === "ChatScreen" && c.file.endsWith(".js")))
    .map(([key]) => key);
}

/** Files /chat loads besides the app shell (entries are on the page already); lazy imports followed only when asked. */
function chatClosure(manifest: Record<string, ManifestChunk>, followLazy: boolean): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk || chunk.isEntry) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const k of [...(chunk.imports ?? []), ...(followLazy ? (chunk.dynamicImports ?? []) : [])]) visit(k);
  };
  for (const key of chatScreenKeys(manifest)) visit(key);
  return [...files];
}

export function measureChat(manifest: Record<string, ManifestChunk>, dist = DIST): ChatLoad {
  const screen = chatClosure(manifest, false);
  const workers = [...new Set(screen.filter((f) => f.endsWith(".js")).flatMap((f) => workersOf(dist, f, manifest)))];
  const total = (files: string[]) => files.reduce((s, f) => s + sizes(f, dist).gzip, 0);
  const worker = { files: [...screen, ...workers], gzip: total([...screen, ...workers]) };
  const inPageFiles = chatClosure(manifest, true);
  const inPage = { files: inPageFiles, gzip: total(inPageFiles) };
  return { worker, inPage, budget: CHAT_BUDGET, withinBudget: worker.gzip <= CHAT_BUDGET && inPage.gzip <= CHAT_BUDGET };
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
    chunks.push({ file: chunk.file, name: chunk.name ?? key, kind, ...sizes(chunk.file, dist), initial: initial.has(key) });
    for (const css of chunk.css ?? []) {
      if (cssSeen.has(css)) continue;
      cssSeen.add(css);
      chunks.push({ file: css, name: css, kind: "css", ...sizes(css, dist), initial: initial.has(key) });
    }
    for (const worker of workersOf(dist, chunk.file, manifest)) {
      if (chunks.some((c) => c.file === worker)) continue;
      chunks.push({ file: worker, name: worker, kind: "worker", ...sizes(worker, dist), initial: false });
    }
  }
  // Classic scripts index.html loads besides the module entry (vite-plugin-pwa's registerSW.js).
  const html = readFileSync(join(dist, "index.html"), "utf8");
  for (const m of html.matchAll(/<script\b(?![^>]*type="module")[^>]*\bsrc="\/?([^"]+)"/g)) {
    const file = m[1]!;
    if (existsSync(join(dist, file))) chunks.push({ file, name: file, kind: "script", ...sizes(file, dist), initial: true });
  }

  const initialJsGzip = chunks.filter((c) => c.initial && c.kind !== "css").reduce((s, c) => s + c.gzip, 0);
  const initialCssGzip = chunks.filter((c) => c.initial && c.kind === "css").reduce((s, c) => s + c.gzip, 0);
  chunks.sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
  return {
    chunks,
    initialJsGzip,
    initialCssGzip,
    budget: INITIAL_JS_BUDGET,
    withinBudget: initialJsGzip <= INITIAL_JS_BUDGET,
    chat: measureChat(manifest, dist),
  };
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
  const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const chat = r.chat;
  const verdict = chat.withinBudget ? "OK" : "OVER BUDGET";
  lines.push(`/chat (gzip, model in its worker): ${kB(chat.worker.gzip)} of ${kB(chat.budget)} budget — ${chat.worker.files.join(", ")}`);
  lines.push(`/chat (gzip, no worker, model in the page): ${kB(chat.inPage.gzip)} — ${verdict}`);
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runBundleSizeBench().then(
    (r) => {
      console.log(formatReport(r));
      if (!r.withinBudget || !r.chat.withinBudget) process.exitCode = 1;
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    },
  );
}
