import { describe, expect, it } from "vitest";
import { createDoubleKeyDetector, databasesToDelete, hasQueuedAlerts, keysToWipe } from "../src/shell/wipe";

describe("quick exit: what is wiped", () => {
  const keys = ["safetravel.lang", "safetravel.country", "safetravel.registration", "safetravel.alertQueue", "juang.settings", "other"];

  it("wipes every Safe Travel key and nothing else", () => {
    expect(keysToWipe(keys, false)).toEqual([
      "safetravel.lang",
      "safetravel.country",
      "safetravel.registration",
      "safetravel.alertQueue",
    ]);
  });

  it("keeps an unsent panic alert when there is one", () => {
    expect(keysToWipe(keys, true)).not.toContain("safetravel.alertQueue");
    expect(hasQueuedAlerts(JSON.stringify([{ body: { clientId: "x" } }]))).toBe(true);
    expect(hasQueuedAlerts("[]")).toBe(false);
    expect(hasQueuedAlerts(null)).toBe(false);
    expect(hasQueuedAlerts("{broken")).toBe(false);
  });

  it("deletes Safe Travel databases, never Juang's", () => {
    expect(databasesToDelete(["safetravel-evidence", "safetravel", "juang", undefined, "workbox-expiration"])).toEqual([
      "safetravel-evidence",
      "safetravel",
    ]);
  });
});

describe("double Escape", () => {
  it("fires on the second press within the window only", () => {
    const isDouble = createDoubleKeyDetector(800);
    expect(isDouble(1000)).toBe(false);
    expect(isDouble(1500)).toBe(true);
    expect(isDouble(1600)).toBe(false); // a third press starts again
    expect(isDouble(3000)).toBe(false); // too late
    expect(isDouble(3700)).toBe(true);
  });
});
