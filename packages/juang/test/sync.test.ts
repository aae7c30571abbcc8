import { describe, expect, it } from "vitest";
import {
  applyChanges,
  type Change,
  changesSince,
  deleteRecord,
  editRecord,
  emptySyncState,
  hlcCompare,
  hlcInit,
  hlcParse,
  hlcReceive,
  hlcTick,
  hlcToString,
  receiveClock,
  recordsOf,
} from "../src/index.js";

describe("hybrid logical clock", () => {
  it("ticks monotonically even when the wall clock goes back", () => {
    let c = hlcInit("a");
    c = hlcTick(c, 1000);
    expect(c).toEqual({ ms: 1000, counter: 0, node: "a" });
    c = hlcTick(c, 900);
    expect(c).toEqual({ ms: 1000, counter: 1, node: "a" });
    c = hlcReceive(c, { ms: 5000, counter: 7, node: "b" }, 1200);
    expect(c).toEqual({ ms: 5000, counter: 8, node: "a" });
    expect(hlcParse(hlcToString(c))).toEqual(c);
    expect(hlcCompare({ ms: 2, counter: 0, node: "a" }, { ms: 10, counter: 0, node: "a" })).toBe(-1);
  });
});

describe("change log: per-field last-writer-wins", () => {
  it("two devices edit offline and converge, whatever the order; repeating a push changes nothing", () => {
    // both start from the same synced record
    const base = editRecord(hlcInit("phone"), 1000, "transactions", "t1", undefined, {
      date: "2024-05-01",
      type: "expense",
      amount: { minor: 10000, currency: "HKD" },
      note: "makan",
    });
    const start = applyChanges(emptySyncState(), base.changes);

    // offline: the phone changes the amount, the tablet changes the note and (later) the amount too
    const phone = editRecord(base.clock, 2000, "transactions", "t1", { amount: { minor: 10000, currency: "HKD" } }, { amount: { minor: 12000, currency: "HKD" } });
    const tabletClock = receiveClock(hlcInit("tablet"), base.changes, 1500);
    const t1 = editRecord(tabletClock, 1600, "transactions", "t1", { note: "makan" }, { note: "makan siang" });
    const t2 = editRecord(t1.clock, 3000, "transactions", "t1", { amount: { minor: 10000, currency: "HKD" } }, { amount: { minor: 15000, currency: "HKD" } });
    const newRec = editRecord(t2.clock, 3100, "transactions", "t2", undefined, { date: "2024-05-02", type: "income" });
    const tabletChanges: Change[] = [...t1.changes, ...t2.changes, ...newRec.changes];

    const phoneState = applyChanges(applyChanges(start, phone.changes), tabletChanges);
    const tabletState = applyChanges(applyChanges(start, tabletChanges), phone.changes);
    const shuffled = applyChanges(start, [...tabletChanges].reverse().concat(phone.changes).reverse());
    expect(phoneState).toEqual(tabletState);
    expect(shuffled).toEqual(phoneState);

    const recs = recordsOf(phoneState, "transactions");
    expect(recs).toEqual([
      { id: "t1", amount: { minor: 15000, currency: "HKD" }, date: "2024-05-01", note: "makan siang", type: "expense" },
      { id: "t2", date: "2024-05-02", type: "income" },
    ]);

    // idempotent: pushing the same changes again changes nothing (same object back)
    expect(applyChanges(phoneState, tabletChanges)).toBe(phoneState);
    expect(applyChanges(phoneState, changesSince(phoneState))).toBe(phoneState);
  });

  it("a delete is a field change that also converges", () => {
    const a = editRecord(hlcInit("a"), 10, "goals", "g", undefined, { name: "Warung" });
    const s = applyChanges(emptySyncState(), a.changes);
    const del = deleteRecord(a.clock, 20, "goals", "g");
    const rename = editRecord(hlcInit("b"), 15, "goals", "g", { name: "Warung" }, { name: "Toko" });
    const x = applyChanges(applyChanges(s, del.changes), rename.changes);
    const y = applyChanges(applyChanges(s, rename.changes), del.changes);
    expect(x).toEqual(y);
    expect(recordsOf(x, "goals")).toEqual([]);
  });

  it("breaks equal timestamps deterministically", () => {
    const c1: Change = { table: "t", id: "1", field: "f", value: "x", hlc: "000000000000001-000000-a" };
    const c2: Change = { ...c1, value: "y" };
    expect(applyChanges(applyChanges(emptySyncState(), [c1]), [c2])).toEqual(applyChanges(applyChanges(emptySyncState(), [c2]), [c1]));
  });

  it("changesSince gives what is newer than a timestamp", () => {
    const a = editRecord(hlcInit("a"), 10, "t", "1", undefined, { f: 1, g: 2 });
    const s = applyChanges(emptySyncState(), a.changes);
    expect(changesSince(s, a.changes[0]!.hlc).map((c) => c.field)).toEqual(["g"]);
  });
});
