/** The assistant on the phone: the same classifier and dialogue as the server, over the bundled directory. */
import { describe, expect, it } from "vitest";
import { createLocalEngine } from "../src/chat/localEngine";

describe("the phone's assistant (offline)", () => {
  const engine = createLocalEngine();

  // How long training takes is a benchmark figure (`npm run bench -- nlu-classify` prints trainMs), not a test.
  it("reports how long training took on this device", () => {
    expect(Number.isFinite(engine.trainMs)).toBe(true);
    expect(engine.trainMs).toBeGreaterThan(0);
  });

  it("answers danger in Hong Kong with 999 and the KJRI hotline, pinned", () => {
    const { state } = engine.start({ country: "HK", language: "id" });
    const t0 = performance.now();
    const { answer } = engine.respond(state, "tolong majikan mau bunuh saya");
    expect(performance.now() - t0).toBeLessThan(200);
    expect(answer.danger).toBe(true);
    expect(answer.source).toBe("local");
    expect(answer.pinned.map((a) => a.value)).toEqual(expect.arrayContaining(["999", "+85252422240"]));
  });

  it("an accepted officer offline: no 'I have told an officer' line, and a hand-off to ask consent for", () => {
    let { state } = engine.start({ country: "MY", language: "id" });
    ({ state } = engine.respond(state, "majikan pukul saya"));
    const r = engine.respond(state, "Ya, hubungi petugas");
    expect(r.answer.handoff).toMatchObject({ reason: "physical_abuse", country: "MY" });
    expect(r.answer.replies.map((x) => x.text).join("\n")).not.toMatch(/sudah memberi tahu petugas/);
  });

  it("answers in English when she writes English", () => {
    const { state } = engine.start({ country: "SG", language: "id" });
    const { answer } = engine.respond(state, "my employer does not pay my salary");
    expect(answer.language).toBe("en");
    expect(answer.replies[0]?.text).toMatch(/[a-z]/);
  });
});
