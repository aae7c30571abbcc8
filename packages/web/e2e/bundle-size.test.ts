import { describe, expect, it } from "vitest";
import { runBundleSizeBench } from "../bench/bundle-size";

describe("bundle size (built dist)", () => {
  it("initial JavaScript stays within 120 KB gzipped; the directory is its own lazy chunk", async () => {
    const r = await runBundleSizeBench();
    expect(r.initialJsGzip).toBeLessThanOrEqual(120 * 1024);
    const directory = r.chunks.find((c) => c.file.includes("/directory-"));
    expect(directory?.initial).toBe(false);
    for (const lazy of ["DirectoryScreen", "LaporDiri", "MyRegistration", "CountryFacts"]) {
      expect(r.chunks.find((c) => c.file.includes(`/${lazy}-`))?.initial, lazy).toBe(false);
    }
    // Areas other engineers fill (chat, Juang, console) must stay lazy too, whatever their chunks are called.
    for (const c of r.chunks.filter((x) => /\/(Chat|Juang|Console)[A-Za-z]*-/.test(x.file))) {
      expect(c.initial, c.file).toBe(false);
    }
  });
});
