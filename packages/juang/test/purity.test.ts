import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../src/", import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe("the core is pure", () => {
  it("nothing but the CLI imports node: modules, reads ../shared, or uses floats on money (parseFloat)", () => {
    const offenders = files(src)
      .filter((f) => !f.includes(`${join("src", "cli")}`))
      .filter((f) => /from "node:|require\(|\.\.\/shared|parseFloat|toFixed\(/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
