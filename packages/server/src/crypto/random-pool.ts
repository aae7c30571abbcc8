import { randomBytes } from "node:crypto";

/**
 * Random bytes cut from a buffer refilled from the system's CSPRNG: one call per 4 KB instead of one
 * per id or IV (those calls were a tenth of a chat turn that keeps messages). Every byte is handed
 * out once; a refill replaces the buffer, so slices already handed out never change.
 */
export function randomPool(size = 4096): (n: number) => Buffer {
  let pool = Buffer.alloc(0);
  let at = 0;
  return (n) => {
    if (at + n > pool.length) {
      pool = randomBytes(Math.max(size, n));
      at = 0;
    }
    at += n;
    return pool.subarray(at - n, at);
  };
}
