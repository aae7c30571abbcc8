/**
 * Hybrid logical clock (Kulkarni et al. 2014): physical milliseconds + a counter + the node id.
 * Encoded as a fixed-width string so that string order = clock order:
 *   "000001717171717171-000000-deviceA"
 */
export interface Hlc {
  readonly ms: number;
  readonly counter: number;
  readonly node: string;
}

const MS_WIDTH = 15;
const COUNTER_WIDTH = 6;
const MAX_COUNTER = 10 ** COUNTER_WIDTH - 1;

export function hlcInit(node: string, ms = 0): Hlc {
  if (!node || node.includes("-")) throw new RangeError("node id must be non-empty and contain no '-'");
  return { ms, counter: 0, node };
}

function check(h: Hlc): Hlc {
  if (h.counter > MAX_COUNTER) throw new RangeError("HLC counter overflow");
  return h;
}

/** A new timestamp for a local event (an edit) at wall time `now` (ms). */
export function hlcTick(local: Hlc, now: number): Hlc {
  const ms = Math.max(local.ms, Math.floor(now));
  return check({ ms, counter: ms === local.ms ? local.counter + 1 : 0, node: local.node });
}

/** Advance the local clock on receiving a remote timestamp. */
export function hlcReceive(local: Hlc, remote: Hlc, now: number): Hlc {
  const ms = Math.max(local.ms, remote.ms, Math.floor(now));
  let counter = 0;
  if (ms === local.ms && ms === remote.ms) counter = Math.max(local.counter, remote.counter) + 1;
  else if (ms === local.ms) counter = local.counter + 1;
  else if (ms === remote.ms) counter = remote.counter + 1;
  return check({ ms, counter, node: local.node });
}

export function hlcToString(h: Hlc): string {
  return `${String(h.ms).padStart(MS_WIDTH, "0")}-${String(h.counter).padStart(COUNTER_WIDTH, "0")}-${h.node}`;
}

export function hlcParse(s: string): Hlc {
  const m = /^(\d{15})-(\d{6})-(.+)$/.exec(s);
  if (!m) throw new SyntaxError(`Not an HLC timestamp: ${s}`);
  return { ms: Number(m[1]), counter: Number(m[2]), node: m[3] ?? "" };
}

export function hlcCompare(a: Hlc | string, b: Hlc | string): -1 | 0 | 1 {
  const x = typeof a === "string" ? a : hlcToString(a);
  const y = typeof b === "string" ? b : hlcToString(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
