import type { Compilable, Kysely } from "kysely";

/**
 * A query built and compiled once, then run with new values. Kysely builds and compiles the SQL on
 * every call, which showed in the chat turn's profile. The query is compiled with unique sentinel
 * values; each call puts its values where the sentinels were, so the parameter order is Kysely's own.
 */
export function precompiled<Args extends (string | null)[], Row>(build: (...args: Args) => Compilable<Row>, arity: Args["length"]) {
  const sentinels = Array.from({ length: arity }, (_, i) => `\u0000precompiled:${i}`) as Args;
  const compiled = build(...sentinels).compile();
  const order = compiled.parameters.map((p) => sentinels.indexOf(p as string));
  if (order.some((i) => i < 0) || new Set(order).size !== arity) {
    throw new Error("precompiled: every argument must be a query parameter, used once");
  }
  return async <DB>(executor: Kysely<DB>, ...args: Args): Promise<Row[]> => {
    const result = await executor.executeQuery<Row>({ ...compiled, parameters: order.map((i) => args[i]) });
    return result.rows;
  };
}
