#!/usr/bin/env node
// `npm start`: installs what is missing, builds the web app when its sources changed, then serves
// everything (the database is created and migrated, and the directory loaded, as the server starts).
// Plain Node on purpose: it runs before any dependency is installed.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { installMissing, runNpm } from "./install-missing.mjs";

const root = new URL("..", import.meta.url).pathname;

function newest(dir) {
  if (!existsSync(dir)) return 0;
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist") continue;
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

installMissing();

const built = join(root, "packages", "web", "dist", "index.html");
const sources = Math.max(...["web", "directory", "nlu", "assistant", "juang", "safety"].map((p) => newest(join(root, "packages", p))));
if (!existsSync(built) || sources > statSync(built).mtimeMs) runNpm(["run", "build"]);

// A larger young generation: fewer garbage-collection pauses under load (chat API p99, see README).
const nodeFlags = JSON.parse(readFileSync(join(root, "scripts", "server-node-flags.json"), "utf8"));
const server = spawn(process.execPath, [...nodeFlags, "--import", "tsx", join(root, "packages", "server", "src", "main.ts")], {
  cwd: root,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
