/**
 * A change log for sync: every edit is a per-field change stamped with an HLC timestamp, and
 * records merge field by field, last writer wins (the greater timestamp; equal timestamps are
 * broken by the JSON of the value, so every device picks the same winner).
 *
 * applyChanges is a join of a semilattice: idempotent (applying the same changes twice changes
 * nothing), commutative and associative (devices converge whatever the order they hear changes).
 * Deleting a record is a change of the field "_deleted" to true.
 */
import { hlcReceive, hlcTick, hlcToString, hlcParse, type Hlc } from "./hlc.js";

export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [k: string]: JsonValue };

export interface Change {
  readonly table: string;
  readonly id: string;
  readonly field: string;
  readonly value: JsonValue;
  /** hlcToString of the edit's timestamp. */
  readonly hlc: string;
}

export interface FieldState {
  readonly value: JsonValue;
  readonly hlc: string;
}

/** table → record id → field → { value, hlc } */
export type SyncState = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, FieldState>>>>>>;

export const DELETED = "_deleted";

export const emptySyncState = (): SyncState => ({});

function wins(c: Change, cur: FieldState | undefined): boolean {
  if (!cur) return true;
  if (c.hlc !== cur.hlc) return c.hlc > cur.hlc;
  const a = JSON.stringify(c.value);
  const b = JSON.stringify(cur.value);
  return a > b;
}

/** Merge changes into the state; returns the same object when nothing changed. */
export function applyChanges(state: SyncState, changes: readonly Change[]): SyncState {
  let next: Record<string, Record<string, Record<string, FieldState>>> | undefined;
  for (const c of changes) {
    const cur = (next ?? state)[c.table]?.[c.id]?.[c.field];
    if (!wins(c, cur)) continue;
    if (!next) next = { ...(state as Record<string, Record<string, Record<string, FieldState>>>) };
    // copy-on-write of the table and the record touched
    const table = next[c.table] === state[c.table] ? { ...(state[c.table] ?? {}) } : (next[c.table] ?? {});
    next[c.table] = table;
    const rec = table[c.id] === state[c.table]?.[c.id] ? { ...(table[c.id] ?? {}) } : (table[c.id] ?? {});
    table[c.id] = rec;
    rec[c.field] = { value: c.value, hlc: c.hlc };
  }
  return next ?? state;
}

/** All changes with a timestamp after `since` (exclusive; "" = everything): what a device pushes. */
export function changesSince(state: SyncState, since = ""): Change[] {
  const out: Change[] = [];
  for (const [table, recs] of Object.entries(state)) {
    for (const [id, fields] of Object.entries(recs)) {
      for (const [field, f] of Object.entries(fields)) if (f.hlc > since) out.push({ table, id, field, value: f.value, hlc: f.hlc });
    }
  }
  return out.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
}

/** The live records of a table as plain objects { id, ...fields } (deleted ones left out). */
export function recordsOf(state: SyncState, table: string): Array<Record<string, JsonValue>> {
  const out: Array<Record<string, JsonValue>> = [];
  for (const [id, fields] of Object.entries(state[table] ?? {})) {
    if (fields[DELETED]?.value === true) continue;
    const rec: Record<string, JsonValue> = { id };
    for (const [k, f] of Object.entries(fields)) if (k !== DELETED && f.value !== null) rec[k] = f.value;
    out.push(rec);
  }
  return out.sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

export interface Edit {
  readonly changes: Change[];
  readonly clock: Hlc;
}

/**
 * Changes for a local edit: each top-level field of `after` that differs from `before` (a field
 * that disappeared becomes null). `before` undefined = a new record.
 */
export function editRecord(
  clock: Hlc,
  now: number,
  table: string,
  id: string,
  before: Readonly<Record<string, JsonValue>> | undefined,
  after: Readonly<Record<string, JsonValue>>,
): Edit {
  const changes: Change[] = [];
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  keys.delete("id");
  for (const field of [...keys].sort()) {
    const value = after[field] ?? null;
    if (before && JSON.stringify(before[field] ?? null) === JSON.stringify(value)) continue;
    clock = hlcTick(clock, now);
    changes.push({ table, id, field, value, hlc: hlcToString(clock) });
  }
  return { changes, clock };
}

export function deleteRecord(clock: Hlc, now: number, table: string, id: string): Edit {
  const c = hlcTick(clock, now);
  return { changes: [{ table, id, field: DELETED, value: true, hlc: hlcToString(c) }], clock: c };
}

/** Advance the local clock past every change received (call after pulling). */
export function receiveClock(clock: Hlc, changes: readonly Change[], now: number): Hlc {
  let c = clock;
  let max = "";
  for (const ch of changes) if (ch.hlc > max) max = ch.hlc;
  if (max) c = hlcReceive(c, hlcParse(max), now);
  return c;
}
