import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireBearer, wrongSecret } from "../http/auth";
import { ApiError, notFound } from "../http/errors";
import { fieldErrors } from "../schemas/messages";
import { registrationInput, registrationPatch, registrationRecord as record } from "../schemas/registration";
import type { RegistrationStore } from "./registration-store";

const idParams = z.object({ id: z.string().min(1).max(64) });
const created = z.object({ id: z.string(), secret: z.string(), createdAt: z.string() });
const missing = () => notFound({ id: "Data lapor diri tidak ditemukan", en: "Registration not found" });
const security = [{ bearerAuth: [] }];

export function registrationRoutes(store: RegistrationStore, writesPerMinute: number): FastifyPluginAsyncZod {
  return async (app) => {
    async function authorised(id: string, request: Parameters<typeof requireBearer>[0]) {
      const found = await store.find(id, requireBearer(request));
      if (!found.found) throw found.reason === "not_found" ? missing() : wrongSecret();
      return found.record;
    }

    app.post(
      "/registrations",
      {
        schema: {
          tags: ["lapor diri"],
          summary: "Register with the Indonesian mission (lapor diri)",
          description:
            "Returns an id and a secret. She keeps the secret to view, correct or delete her record; it is shown once and never stored in clear.",
          body: registrationInput,
          response: { 201: created },
        },
        config: { rateLimit: { max: writesPerMinute, timeWindow: "1 minute" } },
      },
      async (request, reply) => reply.status(201).send(await store.create(request.body)),
    );

    app.get(
      "/registrations/:id",
      { schema: { tags: ["lapor diri"], summary: "Her registration", params: idParams, security, response: { 200: record } } },
      async (request) => authorised(request.params.id, request),
    );

    app.patch(
      "/registrations/:id",
      {
        schema: {
          tags: ["lapor diri"],
          summary: "Correct her registration (any fields; the whole record is checked again)",
          params: idParams,
          body: registrationPatch,
          security,
          response: { 200: record },
        },
        config: { rateLimit: { max: writesPerMinute, timeWindow: "1 minute" } },
      },
      async (request) => {
        const current = await authorised(request.params.id, request);
        const { id, createdAt, updatedAt: _updated, ...data } = current;
        const merged = registrationInput.safeParse({ ...data, ...request.body });
        if (!merged.success) {
          throw new ApiError(400, "invalid_input", { id: "Data tidak valid", en: "Invalid input" }, fieldErrors(merged.error));
        }
        const updatedAt = await store.replace(id, merged.data);
        return { ...merged.data, id, createdAt, updatedAt };
      },
    );

    app.delete(
      "/registrations/:id",
      { schema: { tags: ["lapor diri"], summary: "Delete her registration for good", params: idParams, security } },
      async (request, reply) => {
        await authorised(request.params.id, request);
        await store.remove(request.params.id);
        return reply.status(204).send();
      },
    );
  };
}
