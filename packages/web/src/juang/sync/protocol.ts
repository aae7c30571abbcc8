/**
 * Sync protocol between a device and the Juang vault on the server (pure: no DOM, no storage).
 *
 * - A device keeps records as plain objects with, per field, the HLC timestamp of the last write
 *   (`_hlc`). Edits produce per-field changes (the juang package's editRecord); merging a change
 *   is last-writer-wins per field (greater HLC; equal HLC → the greater JSON value), so devices
 *   converge whatever the order they hear changes, and applying a change twice changes nothing.
 * - Deletion is the field "_deleted" = true; it is final (a tombstone).
 * - push: pending changes are encoded (encrypted) and sent in batches of ≤ 500; the server is
 *   idempotent on the change id, so a push repeated after a dropped connection changes nothing.
 * - pull: pages of ≤ 500 from the cursor, loop while `more`; the cursor is saved after each page
 *   has been applied, so an interrupted pull resumes where it stopped.
 */
import { type Change, DELETED, type JsonValue } from "@safetravel/juang";

export interface WireChange {
  readonly id: string;
  readonly hlc: string;
  readonly payload: string;
}
export interface PulledChange extends WireChange {
  readonly seq: number;
}
export interface PushResult {
  readonly accepted: number;
  readonly duplicates: number;
  readonly cursor: number;
}
export interface PullResult {
  readonly changes: readonly PulledChange[];
  readonly cursor: number;
  readonly more: boolean;
}

/** The server API of one vault (HTTP in the app, an in-memory stub in tests). */
export interface Transport {
  push(changes: readonly WireChange[]): Promise<PushResult>;
  pull(since: number): Promise<PullResult>;
}

/** Turns a change into what leaves the device and back (encryption in the app). */
export interface Codec {
  encode(c: Change): Promise<WireChange>;
  decode(w: WireChange): Promise<Change>;
}

/** What the sync needs from the device's storage. */
export interface SyncStore {
  /** Changes made on this device not yet acknowledged by the server (oldest first). */
  pending(limit: number): Promise<Change[]>;
  /** The server has these changes: drop them from the outbox. */
  acknowledge(changes: readonly Change[]): Promise<void>;
  cursor(): Promise<number>;
  /** Merge remote changes and save the new cursor (atomically when the store can). */
  applyRemote(changes: readonly Change[], cursor: number): Promise<void>;
}

export const MAX_BATCH = 500;
export const MAX_ID = 128;

/** The raw (unhashed) identity of a change: `${table}/${recordId}/${field}/${hlc}`. */
export const changeKey = (c: Change): string => `${c.table}/${c.id}/${c.field}/${c.hlc}`;

export interface SyncReport {
  pushed: number;
  accepted: number;
  duplicates: number;
  pulled: number;
  cursor: number;
}

/** One round: push everything pending, then pull everything new. Throws on transport errors. */
export async function syncOnce(store: SyncStore, transport: Transport, codec: Codec, batch = MAX_BATCH): Promise<SyncReport> {
  const size = Math.max(1, Math.min(batch, MAX_BATCH));
  const report: SyncReport = { pushed: 0, accepted: 0, duplicates: 0, pulled: 0, cursor: await store.cursor() };
  for (let guard = 0; guard < 100_000; guard++) {
    const pending = await store.pending(size);
    if (pending.length === 0) break;
    const wire = await Promise.all(pending.map((c) => codec.encode(c)));
    const r = await transport.push(wire);
    report.pushed += wire.length;
    report.accepted += r.accepted;
    report.duplicates += r.duplicates;
    await store.acknowledge(pending);
  }
  let cursor = report.cursor;
  for (let guard = 0; guard < 100_000; guard++) {
    const page = await transport.pull(cursor);
    const changes: Change[] = [];
    for (const w of page.changes) {
      try {
        changes.push(await codec.decode(w));
      } catch {
        // A change we cannot read (another vault's key, corrupted): skip it, never stop syncing.
      }
    }
    const next = Math.max(cursor, page.cursor);
    await store.applyRemote(changes, next);
    report.pulled += page.changes.length;
    const advanced = next > cursor;
    cursor = next;
    if (!page.more || !advanced) break;
  }
  report.cursor = cursor;
  return report;
}

/** A record as a device keeps it: fields plus the HLC of each field's last write. */
export type SyncRecord = Record<string, JsonValue | undefined> & { id: string; _hlc?: Record<string, string> };

function wins(c: Change, curHlc: string | undefined, curValue: JsonValue | undefined): boolean {
  if (curHlc === undefined) return true;
  if (c.hlc !== curHlc) return c.hlc > curHlc;
  return JSON.stringify(c.value) > JSON.stringify(curValue ?? null);
}

/**
 * Merge one change into a record (undefined = not there yet). Returns the new record, or the same
 * object when the change loses (older than what the record has). A winning null removes the field.
 */
export function mergeChange(rec: SyncRecord | undefined, c: Change): SyncRecord {
  const base: SyncRecord = rec ?? { id: c.id, _hlc: {} };
  const hlcs = base._hlc ?? {};
  if (!wins(c, hlcs[c.field], base[c.field] as JsonValue | undefined)) return base;
  const next: SyncRecord = { ...base, _hlc: { ...hlcs, [c.field]: c.hlc } };
  if (c.value === null) delete next[c.field];
  else next[c.field] = c.value;
  return next;
}

/** True when the record is deleted (tombstone). */
export const isDeleted = (rec: SyncRecord | undefined): boolean => rec?.[DELETED] === true;

/** All fields of a record as changes (used when sync is turned on: the whole book is sent once). */
export function recordChanges(table: string, rec: SyncRecord, fallbackHlc: string, derived: readonly string[] = []): Change[] {
  const out: Change[] = [];
  for (const [field, value] of Object.entries(rec)) {
    if (field === "id" || field === "_hlc" || derived.includes(field) || value === undefined) continue;
    out.push({ table, id: rec.id, field, value: value as JsonValue, hlc: rec._hlc?.[field] ?? fallbackHlc });
  }
  return out;
}

/** Strips device-only fields from a record (what the UI and the juang package see). */
export function plain<T>(rec: SyncRecord, derived: readonly string[] = []): T {
  const { _hlc, ...rest } = rec;
  for (const f of derived) delete rest[f];
  return rest as unknown as T;
}
