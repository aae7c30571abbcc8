/**
 * `npm run bench`: every benchmark of the project, printing figures (targets beside them).
 * Benchmarks are not tests: nothing here fails on a slow machine. Pass names to run only some:
 * `npm run bench -- directory-api`.
 */
import { existsSync } from "node:fs";

type Bench = { name: string; module: string; fn: string };

const BENCHES: Bench[] = [
  { name: "web-bundle", module: "../packages/web/bench/bundle-size.ts", fn: "runBundleSizeBench" },
  { name: "directory-api", module: "./directory-api.ts", fn: "runDirectoryApiBench" },
  { name: "nlu-classify", module: "../packages/nlu/bench/classify.bench.ts", fn: "runClassifyBench" },
  { name: "chat-api", module: "./chat-api.ts", fn: "runChatApiBench" },
  { name: "juang", module: "../packages/juang/bench/juang.bench.ts", fn: "runJuangBench" },
];

const wanted = process.argv.slice(2);
for (const bench of BENCHES) {
  if (wanted.length && !wanted.includes(bench.name)) continue;
  const file = new URL(bench.module, import.meta.url);
  if (!existsSync(file)) {
    console.log(`\n## ${bench.name}: not built yet`);
    continue;
  }
  console.log(`\n## ${bench.name}`);
  const mod = (await import(file.href)) as Record<string, () => Promise<unknown>>;
  const run = mod[bench.fn];
  if (!run) throw new Error(`${bench.module} does not export ${bench.fn}`);
  console.log(await run());
}
