#!/usr/bin/env node
// Installs the project's dependencies when they are missing or older than the lock file. Plain Node
// on purpose: it runs before any dependency is installed (`npm start` and `npm test` call it first).
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Runs `npm ARGS` in the project root, exiting on failure. */
export function runNpm(args) {
  console.log(`> npm ${args.join(" ")}`);
  const result = spawnSync(npm, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

export function installMissing() {
  const installed = join(root, "node_modules", ".package-lock.json");
  if (!existsSync(installed) || statSync(join(root, "package-lock.json")).mtimeMs > statSync(installed).mtimeMs) {
    runNpm(["install", "--no-audit", "--no-fund"]); // not `npm ci`: see .ci/run
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) installMissing();
