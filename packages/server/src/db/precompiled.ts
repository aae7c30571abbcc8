import type { Compilable, CompiledQuery, QueryResult } from "kysely";

/** Anything that runs a compiled query: the database or a transaction. */
export interface QueryRunner {
  executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>>;
}

type Value = string | number | null;

/**
 * A query built and compiled once, then run with new values. Kysely builds and compiles the SQL on
 * every call, which showed in the chat turn's profile. The query is compiled with unique sentinel
 * values; each call puts its values where the sentinels were, so the parameter order is Kysely's own.
 */
export function precompiled<Args extends Value[], Row>(build: (...args: Args) => Compilable<Row>, arity: Args["length"]) {
  const sentinels = Array.from({ length: arity }, (_, i) => `\u0000precompiled:${i}`);
  const compiled = build(...(sentinels as unknown as Args)).compile();
  const order = compiled.parameters.map((p) => sentinels.indexOf(p as string));
  if (order.some((i) => i < 0) || new Set(order).size !== arity) {
    throw new Error("precompiled: every argument must be a query parameter, used once");
  }
  return async (runner: QueryRunner, ...args: Args): Promise<Row[]> => {
    const result = await runner.executeQuery<Row>({ ...compiled, parameters: order.map((i) => args[i]) });
    return result.rows;
  };
}
