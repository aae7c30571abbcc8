/**
 * Juang on the device: IndexedDB through Dexie (database "juang"). Works fully offline.
 * Every record keeps, per field, the HLC of its last write (`_hlc`) so that devices can merge
 * (see sync/protocol.ts). Transactions are indexed by date and by month, so that screens read
 * one month at a time, never the whole history.
 */
import {
  type Change,
  editRecord,
  type Hlc,
  hlcInit,
  hlcParse,
  hlcToString,
  type JsonValue,
  receiveClock,
} from "@safetravel/juang";
import { Dexie, liveQuery, type Table } from "dexie";
import { useEffect, useState } from "react";
import { changeKey, isDeleted, mergeChange, plain, recordChanges, type SyncRecord, type SyncStore } from "./sync/protocol";

export const DB_NAME = "juang";

/** Synced tables (each holds records with an `id`). */
export const TABLES = [
  "profile",
  "accounts",
  "categories",
  "transactions",
  "budgets",
  "goals",
  "debts",
  "personalDebts",
  "recurring",
  "rates",
  "quotes",
] as const;
export type TableName = (typeof TABLES)[number];

export interface MetaRow {
  key: string;
  value: unknown;
}
export interface OutboxRow extends Change {
  seq?: number;
  key: string;
}

export class JuangDb extends Dexie {
  meta!: Table<MetaRow, string>;
  outbox!: Table<OutboxRow, number>;
  constructor(name = DB_NAME) {
    super(name);
    const stores: Record<string, string> = {
      meta: "key",
      outbox: "++seq, &key",
      transactions: "id, date, month, type",
      rates: "id, date",
    };
    for (const t of TABLES) stores[t] ??= "id";
    this.version(1).stores(stores);
  }
  t(name: TableName): Table<SyncRecord, string> {
    return this.table(name);
  }
}

export let db = new JuangDb();

const listeners = new Set<() => void>();
/** Called after every local edit (the sync runner debounces on it). */
export function onLocalEdit(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

// ---- meta (device-only settings; never synced) ----

export async function getMeta<T>(key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}
export async function setMeta(key: string, value: unknown): Promise<void> {
  if (value === undefined) await db.meta.delete(key);
  else await db.meta.put({ key, value });
}

export interface SyncConfig {
  vaultId: string;
  token: string;
  cursor: number;
  lastSynced?: string;
  baseUrl?: string;
}

let clock: Hlc | undefined;
let syncOn: boolean | undefined;

async function loadClock(): Promise<Hlc> {
  if (clock) return clock;
  const saved = await getMeta<string>("clock");
  if (saved) clock = hlcParse(saved);
  else {
    let device = await getMeta<string>("device");
    if (!device) {
      device = [...crypto.getRandomValues(new Uint8Array(6))].map((b) => b.toString(16).padStart(2, "0")).join("");
      await setMeta("device", device);
    }
    clock = hlcInit(device);
  }
  return clock;
}

async function isSyncOn(): Promise<boolean> {
  if (syncOn === undefined) syncOn = (await getMeta<SyncConfig>("sync")) !== undefined;
  return syncOn;
}

const derived = (table: TableName, rec: SyncRecord): SyncRecord =>
  table === "transactions" && typeof rec.date === "string" ? { ...rec, month: rec.date.slice(0, 7) } : rec;

/** Fields the device derives (never synced, never shown to the juang package). */
const DERIVED: Partial<Record<TableName, readonly string[]>> = { transactions: ["month"] };
const derivedOf = (table: TableName): readonly string[] => DERIVED[table] ?? [];

const syncable = (table: TableName, rec: SyncRecord | undefined): Record<string, JsonValue> | undefined => {
  if (!rec) return undefined;
  const skip = derivedOf(table);
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(rec)) if (k !== "_hlc" && !skip.includes(k) && v !== undefined) out[k] = v as JsonValue;
  return out;
};

/** Save a record (new or edited): per-field changes stamped with the device's clock. */
export async function save<T extends { id: string }>(table: TableName, record: T): Promise<void> {
  const tbl = db.t(table);
  await db.transaction("rw", [tbl, db.outbox, db.meta], async () => {
    const c0 = await loadClock();
    const before = await tbl.get(record.id);
    const after = JSON.parse(JSON.stringify(record)) as Record<string, JsonValue>;
    const { changes, clock: c1 } = editRecord(c0, Date.now(), table, record.id, syncable(table, before), after);
    if (changes.length === 0) return;
    let rec: SyncRecord | undefined = before;
    for (const ch of changes) rec = mergeChange(rec, ch);
    await tbl.put(derived(table, rec as SyncRecord));
    clock = c1;
    await setMeta("clock", hlcToString(c1));
    if (await isSyncOn()) await db.outbox.bulkPut(changes.map((ch) => ({ ...ch, key: changeKey(ch) })));
  });
  for (const l of listeners) l();
}

/** Delete a record: a tombstone (every field emptied, `_deleted` = true) that syncs like an edit. */
export async function remove(table: TableName, id: string): Promise<void> {
  const before = await db.t(table).get(id);
  if (!before) return;
  await save(table, { id, _deleted: true });
}

/** The live (not deleted) records of a table, device-only fields stripped. */
export async function all<T>(table: TableName): Promise<T[]> {
  const rows = await db.t(table).toArray();
  return rows.filter((r) => !isDeleted(r)).map((r) => plain<T>(r, derivedOf(table)));
}

export async function one<T>(table: TableName, id: string): Promise<T | undefined> {
  const r = await db.t(table).get(id);
  return r && !isDeleted(r) ? plain<T>(r, derivedOf(table)) : undefined;
}

/** Transactions of some months (index "month"), newest first. */
export async function transactionsOf<T>(months: readonly string[]): Promise<T[]> {
  const rows = await db.t("transactions").where("month").anyOf([...months]).toArray();
  return rows
    .filter((r) => !isDeleted(r) && r.amount && r.accountId && r.type)
    .sort((a, b) => (String(b.date) < String(a.date) ? -1 : String(b.date) > String(a.date) ? 1 : 0))
    .map((r) => plain<T>(r, DERIVED.transactions));
}

/** React: re-renders when the query's tables change (Dexie liveQuery). */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  const key = JSON.stringify(deps);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query is re-run when its inputs (key) change
  useEffect(() => {
    const sub = liveQuery(query).subscribe({ next: (v) => setValue(() => v), error: () => setValue(undefined) });
    return () => sub.unsubscribe();
  }, [key]);
  return value;
}

// ---- sync store ----

export async function getSync(): Promise<SyncConfig | undefined> {
  return getMeta<SyncConfig>("sync");
}

/** Turn sync on: remember the vault and queue every field of every record once. */
export async function enableSync(cfg: SyncConfig): Promise<void> {
  await db.transaction("rw", [db.meta, db.outbox, ...TABLES.map((t) => db.t(t))], async () => {
    const c = await loadClock();
    await setMeta("sync", cfg);
    syncOn = true;
    const fallback = hlcToString(c);
    for (const t of TABLES) {
      const rows = await db.t(t).toArray();
      const changes = rows.flatMap((r) => recordChanges(t, r, fallback, derivedOf(t)));
      await db.outbox.bulkPut(changes.map((ch) => ({ ...ch, key: changeKey(ch) })));
    }
  });
}

export async function disableSync(): Promise<void> {
  await db.transaction("rw", [db.meta, db.outbox], async () => {
    await db.meta.delete("sync");
    await db.outbox.clear();
  });
  syncOn = false;
}

export const deviceStore: SyncStore = {
  async pending(limit) {
    const rows = await db.outbox.orderBy("seq").limit(limit).toArray();
    return rows.map(({ seq: _s, key: _k, ...c }) => c);
  },
  async acknowledge(changes) {
    await db.outbox.where("key").anyOf(changes.map(changeKey)).delete();
  },
  async cursor() {
    return (await getSync())?.cursor ?? 0;
  },
  async applyRemote(changes, cursor) {
    await db.transaction("rw", [db.meta, ...TABLES.map((t) => db.t(t))], async () => {
      for (const c of changes) {
        if (!(TABLES as readonly string[]).includes(c.table)) continue;
        const table = c.table as TableName;
        const tbl = db.t(table);
        const cur = await tbl.get(c.id);
        const next = mergeChange(cur, c);
        if (next !== cur) await tbl.put(derived(table, next));
      }
      if (changes.length > 0) {
        clock = receiveClock(await loadClock(), changes, Date.now());
        await setMeta("clock", hlcToString(clock));
      }
      const cfg = await getSync();
      if (cfg) await setMeta("sync", { ...cfg, cursor });
    });
  },
};

/** Forgetting the PIN (or "delete everything"): the whole Juang database goes. */
export async function wipeJuang(): Promise<void> {
  db.close();
  await Dexie.delete(DB_NAME);
  clock = undefined;
  syncOn = undefined;
  db = new JuangDb();
}

/** Save many records in one transaction (import, restore). */
export async function saveMany(table: TableName, records: readonly { id: string }[]): Promise<void> {
  if (records.length === 0) return;
  const tbl = db.t(table);
  await db.transaction("rw", [tbl, db.outbox, db.meta], async () => {
    let c = await loadClock();
    const now = Date.now();
    const on = await isSyncOn();
    const befores = await tbl.bulkGet(records.map((r) => r.id));
    const puts: SyncRecord[] = [];
    const out: OutboxRow[] = [];
    records.forEach((record, i) => {
      const before = befores[i];
      const after = JSON.parse(JSON.stringify(record)) as Record<string, JsonValue>;
      const edit = editRecord(c, now, table, record.id, syncable(table, before), after);
      c = edit.clock;
      if (edit.changes.length === 0) return;
      let rec: SyncRecord | undefined = before;
      for (const ch of edit.changes) rec = mergeChange(rec, ch);
      puts.push(derived(table, rec as SyncRecord));
      if (on) for (const ch of edit.changes) out.push({ ...ch, key: changeKey(ch) });
    });
    await tbl.bulkPut(puts);
    if (out.length) await db.outbox.bulkPut(out);
    clock = c;
    await setMeta("clock", hlcToString(c));
  });
  for (const l of listeners) l();
}
