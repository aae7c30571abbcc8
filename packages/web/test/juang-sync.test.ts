import { type Change, deleteRecord, editRecord, type Hlc, hlcInit, type JsonValue, receiveClock } from "@safetravel/juang";
import { describe, expect, it } from "vitest";
import { createCodec, deriveSyncKey, pairingCode, parsePairingCode } from "../src/juang/sync/crypto";
import {
  changeKey,
  type Codec,
  isDeleted,
  mergeChange,
  type PulledChange,
  plain,
  type SyncRecord,
  type SyncStore,
  syncOnce,
  type Transport,
  type WireChange,
} from "../src/juang/sync/protocol";

/** In-memory server that follows the vault contract (test double for the transport only). */
class ServerStub {
  log: PulledChange[] = [];
  ids = new Set<string>();
  pushes = 0;
  /** When set, the next push is stored but its response is lost (a dropped connection). */
  dropNextResponse = false;
  transport(): Transport {
    return {
      push: async (changes: readonly WireChange[]) => {
        if (changes.length > 500) throw new Error("413: more than 500 changes");
        this.pushes++;
        let accepted = 0;
        let duplicates = 0;
        for (const c of changes) {
          if (c.id.length > 128 || c.payload.length > 64 * 1024) throw new Error("400");
          if (this.ids.has(c.id)) duplicates++;
          else {
            this.ids.add(c.id);
            this.log.push({ ...c, seq: this.log.length + 1 });
            accepted++;
          }
        }
        if (this.dropNextResponse) {
          this.dropNextResponse = false;
          throw new TypeError("Failed to fetch");
        }
        return { accepted, duplicates, cursor: this.log.length };
      },
      pull: async (since: number) => {
        const page = this.log.filter((c) => c.seq > since).slice(0, 500);
        const cursor = page.length ? page[page.length - 1]!.seq : since;
        return { changes: page, cursor, more: cursor < this.log.length };
      },
    };
  }
}

/** A device: records merged with mergeChange (the app's merge), an outbox and a cursor. */
class Device {
  records = new Map<string, SyncRecord>();
  outbox: Change[] = [];
  cursor = 0;
  clock: Hlc;
  now = 1_700_000_000_000;
  constructor(node: string) {
    this.clock = hlcInit(node);
  }
  private key = (t: string, id: string) => `${t}/${id}`;
  get(t: string, id: string) {
    const r = this.records.get(this.key(t, id));
    return r && !isDeleted(r) ? plain<Record<string, JsonValue>>(r) : undefined;
  }
  private merge(c: Change) {
    const k = this.key(c.table, c.id);
    this.records.set(k, mergeChange(this.records.get(k), c));
  }
  edit(t: string, id: string, after: Record<string, JsonValue>) {
    this.now += 1000;
    const { changes, clock } = editRecord(this.clock, this.now, t, id, this.get(t, id), after);
    this.clock = clock;
    for (const c of changes) this.merge(c);
    this.outbox.push(...changes);
  }
  del(t: string, id: string) {
    this.now += 1000;
    const { changes, clock } = deleteRecord(this.clock, this.now, t, id);
    this.clock = clock;
    for (const c of changes) this.merge(c);
    this.outbox.push(...changes);
  }
  store(): SyncStore {
    return {
      pending: async (limit) => this.outbox.slice(0, limit),
      acknowledge: async (done) => {
        const keys = new Set(done.map(changeKey));
        this.outbox = this.outbox.filter((c) => !keys.has(changeKey(c)));
      },
      cursor: async () => this.cursor,
      applyRemote: async (changes, cursor) => {
        for (const c of changes) this.merge(c);
        this.clock = receiveClock(this.clock, changes, this.now);
        this.cursor = cursor;
      },
    };
  }
  snapshot() {
    return [...this.records.entries()]
      .filter(([, r]) => !isDeleted(r))
      .map(([k, r]) => [k, plain(r)])
      .sort();
  }
}

/** A plain-JSON codec for protocol tests (the crypto codec is tested below). */
const jsonCodec: Codec = {
  encode: async (c) => ({ id: changeKey(c), hlc: c.hlc, payload: JSON.stringify(c) }),
  decode: async (w) => JSON.parse(w.payload) as Change,
};

const tx = (n: number, amount: number) => ({ date: `2025-05-0${n}`, type: "expense", accountId: "cash", amount: { minor: amount, currency: "HKD" } });

describe("Juang sync protocol (two in-memory devices, in-memory server)", () => {
  it("two devices edit offline, sync, and converge (same record, different fields, deletes)", async () => {
    const server = new ServerStub();
    const a = new Device("phoneA");
    const b = new Device("phoneB");
    a.edit("transactions", "t1", tx(1, 5000));
    a.edit("transactions", "t2", tx(2, 1200));
    await syncOnce(a.store(), server.transport(), jsonCodec);
    await syncOnce(b.store(), server.transport(), jsonCodec);
    expect(b.get("transactions", "t1")).toEqual({ id: "t1", ...tx(1, 5000) });

    // Offline: A changes the amount of t1, B changes its note, B deletes t2, both add a record.
    a.edit("transactions", "t1", { ...tx(1, 5500) });
    b.now += 10_000;
    b.edit("transactions", "t1", { ...tx(1, 5000), note: "pasar" });
    b.del("transactions", "t2");
    a.edit("goals", "g1", { name: "Rumah", target: { minor: 5_000_000_000, currency: "IDR" } });
    b.edit("goals", "g2", { name: "Sekolah anak", target: { minor: 1_000_000_000, currency: "IDR" } });

    await syncOnce(a.store(), server.transport(), jsonCodec);
    await syncOnce(b.store(), server.transport(), jsonCodec);
    await syncOnce(a.store(), server.transport(), jsonCodec);

    expect(a.snapshot()).toEqual(b.snapshot());
    // per field: A changed the amount, B the note → both survive
    expect(a.get("transactions", "t1")?.note).toBe("pasar");
    expect(a.get("transactions", "t1")?.amount).toEqual({ minor: 5500, currency: "HKD" });
    expect(a.get("transactions", "t2")).toBeUndefined();
    expect(a.get("goals", "g2")?.name).toBe("Sekolah anak");
    expect(b.get("goals", "g1")?.name).toBe("Rumah");
    expect(a.outbox).toEqual([]);
    expect(b.outbox).toEqual([]);
  });

  it("a push repeated after a dropped connection changes nothing on the server", async () => {
    const server = new ServerStub();
    const a = new Device("phoneA");
    a.edit("transactions", "t1", tx(1, 5000));
    server.dropNextResponse = true;
    await expect(syncOnce(a.store(), server.transport(), jsonCodec)).rejects.toThrow(/fetch/);
    const logAfterDrop = server.log.length;
    expect(a.outbox.length).toBe(logAfterDrop); // not acknowledged: still pending
    const r = await syncOnce(a.store(), server.transport(), jsonCodec);
    expect(r.accepted).toBe(0);
    expect(r.duplicates).toBe(logAfterDrop);
    expect(server.log.length).toBe(logAfterDrop);
    // pulling its own changes back changes nothing on the device
    const before = a.snapshot();
    await syncOnce(a.store(), server.transport(), jsonCodec);
    expect(a.snapshot()).toEqual(before);
  });

  it("batches pushes of ≤ 500 and pages pulls while `more`, resuming from the cursor", async () => {
    const server = new ServerStub();
    const a = new Device("phoneA");
    for (let i = 0; i < 400; i++) a.edit("transactions", `t${i}`, tx(1 + (i % 9), 100 + i)); // 4 fields each → 1600 changes
    const r = await syncOnce(a.store(), server.transport(), jsonCodec);
    expect(r.pushed).toBe(1600);
    expect(server.pushes).toBe(4);
    const b = new Device("phoneB");
    const rb = await syncOnce(b.store(), server.transport(), jsonCodec);
    expect(rb.pulled).toBe(1600);
    expect(b.cursor).toBe(1600);
    expect(b.snapshot()).toEqual(a.snapshot());
    const again = await syncOnce(b.store(), server.transport(), jsonCodec);
    expect(again.pulled).toBe(0);
  });

  it("merge is idempotent and order-independent", () => {
    const a = new Device("a");
    a.edit("t", "1", { x: 1, y: "p" });
    a.edit("t", "1", { x: 2, y: "p" });
    a.del("t", "1");
    const changes = a.outbox;
    const fold = (list: Change[]) => list.reduce<SyncRecord | undefined>((r, c) => mergeChange(r, c), undefined);
    const forward = fold(changes);
    expect(fold([...changes].reverse())).toEqual(forward);
    expect(fold([...changes, ...changes])).toEqual(forward);
    expect(isDeleted(forward)).toBe(true);
  });
});

describe("Juang sync encryption", () => {
  it("encrypts payloads (AES-GCM, key from the pairing token + vault id) and hides record ids", async () => {
    const key = await deriveSyncKey("secret-token", "vault1", 1000);
    const codec = createCodec(key, "vault1");
    const c: Change = { table: "transactions", id: "t1", field: "payee", value: "Ibu Sri", hlc: "000001700000000000-000000-a" };
    const w = await codec.encode(c);
    expect(w.payload).not.toContain("Ibu");
    expect(w.id).toMatch(/^[0-9a-f]{64}$/);
    expect(w.id).toBe((await codec.encode(c)).id); // deterministic id → idempotent pushes
    expect(await codec.decode(w)).toEqual(c);
    const other = createCodec(await deriveSyncKey("wrong", "vault1", 1000), "vault1");
    await expect(other.decode(w)).rejects.toThrow();
  });

  it("pairing code round trip", () => {
    expect(parsePairingCode(` ${pairingCode("v123", "tok-abc")} `)).toEqual({ vaultId: "v123", token: "tok-abc" });
    expect(parsePairingCode("nodot")).toBeUndefined();
  });
});
