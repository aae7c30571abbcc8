import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { alertInput } from "../schemas/alert";
import type { AlertStore } from "./alert-store";

const receipt = z.object({ id: z.string(), caseId: z.string(), receivedAt: z.string(), duplicate: z.boolean() });

export function alertRoutes(store: AlertStore, writesPerMinute: number): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/alerts",
      {
        bodyLimit: 2 * 1024 * 1024,
        schema: {
          tags: ["emergency"],
          summary: "Panic button: alert her mission",
          description:
            "Stores the alert encrypted as an urgent case for the officers' console. Sending the same clientId again (a retry from the offline queue) returns the first receipt with duplicate=true.",
          body: alertInput,
          response: { 201: receipt, 200: receipt },
        },
        config: { rateLimit: { max: writesPerMinute, timeWindow: "1 minute" } },
      },
      async (request, reply) => {
        const result = await store.receive(request.body);
        return reply.status(result.duplicate ? 200 : 201).send(result);
      },
    );
  };
}
