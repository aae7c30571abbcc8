import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireBearer, wrongSecret } from "../http/auth";
import { notFound } from "../http/errors";
import { PAGE_SIZE, type SyncStore } from "./sync-store";

const vaultParams = z.object({ id: z.string().min(1).max(64) });
const change = z
  .object({
    id: z.string().min(1).max(128),
    hlc: z.string().min(1).max(64),
    payload: z.string().max(64 * 1024),
  })
  .strict();
const pushBody = z.object({ changes: z.array(change).max(PAGE_SIZE) }).strict();
const pullQuery = z.object({ since: z.coerce.number().int().min(0).default(0) }).strict();
const security = [{ bearerAuth: [] }];

export function juangSyncRoutes(store: SyncStore, writesPerMinute: number): FastifyPluginAsyncZod {
  return async (app) => {
    async function authorise(id: string, request: Parameters<typeof requireBearer>[0]) {
      const status = await store.check(id, requireBearer(request));
      if (status === "not_found") throw notFound({ id: "Ruang sinkron tidak ditemukan", en: "Sync space not found" });
      if (status === "wrong_token") throw wrongSecret();
    }

    app.post(
      "/juang/vaults",
      {
        schema: {
          tags: ["juang"],
          summary: "Create a sync space for her devices",
          description: "Returns the id and token her other devices use to pair.",
          response: { 201: z.object({ id: z.string(), token: z.string() }) },
        },
        config: { rateLimit: { max: writesPerMinute, timeWindow: "1 minute" } },
      },
      async (_request, reply) => reply.status(201).send(await store.createVault()),
    );

    app.post(
      "/juang/vaults/:id/changes",
      {
        bodyLimit: 4 * 1024 * 1024,
        schema: {
          tags: ["juang"],
          summary: "Push changes (idempotent: a change id is stored once)",
          description:
            "Payloads are opaque to the server: the app encrypts them end to end; the server encrypts them again at rest.",
          params: vaultParams,
          body: pushBody,
          security,
          response: { 200: z.object({ accepted: z.number(), duplicates: z.number(), cursor: z.number() }) },
        },
      },
      async (request) => {
        await authorise(request.params.id, request);
        return store.push(request.params.id, request.body.changes);
      },
    );

    app.get(
      "/juang/vaults/:id/changes",
      {
        schema: {
          tags: ["juang"],
          summary: "Pull changes after a cursor, in arrival order",
          params: vaultParams,
          querystring: pullQuery,
          security,
          response: {
            200: z.object({
              changes: z.array(change.extend({ seq: z.number() })),
              cursor: z.number(),
              more: z.boolean(),
            }),
          },
        },
      },
      async (request) => {
        await authorise(request.params.id, request);
        return store.pull(request.params.id, request.query.since);
      },
    );
  };
}
