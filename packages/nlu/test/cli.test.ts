import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const run = (script: string, args: string[], input = "") =>
  spawnSync("npx", ["tsx", `packages/nlu/src/cli/${script}.ts`, ...args], { cwd: root, input, encoding: "utf8", timeout: 120_000 });

// Each run trains the full classifier (about 20 s on one core): minutes on a busy machine.
describe("nlu:classify", { timeout: 180_000 }, () => {
  it("answers each line in order, with an error line for blank and invalid lines", () => {
    const input = ['{"text":"tolong"}', "", "not json", '{"text":"gaji saya belum dibayar"}', '{"nope":1}', '{"text":"p"}'].join("\n");
    const r = run("classify", [], `${input}\n`);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ intent: "emergency", danger: true, language: "id" });
    expect(typeof lines[0].confidence).toBe("number");
    expect(lines[1].error).toMatch(/line 2/);
    expect(lines[2].error).toMatch(/line 3/);
    expect(lines[3]).toMatchObject({ intent: "wage_issue", danger: false });
    expect(lines[4].error).toMatch(/text/);
    expect(lines[5]).toMatchObject({ intent: "greeting", language: "und" });
  });

  it("handles thousands of lines", () => {
    const input = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ text: `paspor saya ditahan ${i}` })).join("\n");
    const r = run("classify", [], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(3000);
    expect(JSON.parse(lines[2999]!).intent).toBe("document_held");
  });
});

describe("nlu:evaluate", { timeout: 180_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "nlu-eval-"));

  it("prints the report for a labelled file, and JSON with --json", () => {
    const file = join(dir, "ok.jsonl");
    writeFileSync(file, '{"text":"tolong","intent":"emergency","danger":true}\n{"text":"halo","intent":"greeting","danger":false}\n');
    const r = run("evaluate", [file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("intent accuracy     100.0%");
    expect(r.stdout).toContain("danger recall");
    expect(r.stdout).toContain("false danger");
    expect(r.stdout).toContain("confusion");
    const j = run("evaluate", [file, "--json"]);
    expect(JSON.parse(j.stdout)).toMatchObject({ total: 2, accuracy: 1, dangerRecall: 1, falseDangerRate: 0 });
    // --offline evaluates the phone's corpus-only classifier instead of the full one.
    const offline = run("evaluate", [file, "--json", "--offline"]);
    expect(offline.status).toBe(0);
    expect(JSON.parse(offline.stdout)).toMatchObject({ total: 2, accuracy: 1, dangerRecall: 1 });
  });

  it("fails naming the bad line", () => {
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, '{"text":"halo","intent":"greeting","danger":false}\n{"text":"x","intent":"greeting"}\n');
    const r = run("evaluate", [file]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("bad.jsonl:2");
  });

  it("fails on a missing file", () => {
    expect(run("evaluate", [join(dir, "missing.jsonl")]).status).not.toBe(0);
  });
});
