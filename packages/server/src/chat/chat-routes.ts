import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireBearer } from "../http/auth";
import { ApiError, notFound } from "../http/errors";
import { countryCode } from "../schemas/common";
import type { ChatService } from "./chat-service";

const action = z.object({
  kind: z.enum(["call", "whatsapp", "sms", "link", "reply"]),
  label: z.string(),
  value: z.string(),
});
const reply = z.object({ text: z.string(), actions: z.array(action) });

const startBody = z
  .object({
    country: countryCode.optional(),
    city: z.string().trim().min(1).max(80).optional(),
    language: z.enum(["id", "en"]).optional(),
  })
  .strict();
const started = z.object({ id: z.string(), token: z.string(), replies: z.array(reply) });

/** Longest message the assistant reads; longer ones are refused, not cut. */
export const MAX_MESSAGE_CHARS = 2000;
const messageBody = z.object({ text: z.string().trim().min(1, { error: "required" }).max(MAX_MESSAGE_CHARS) }).strict();
const answered = z.object({
  intent: z.string(),
  danger: z.boolean(),
  replies: z.array(reply),
  caseId: z.string().optional(),
});

export function chatRoutes(service: ChatService, writesPerMinute: number): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/chat/sessions",
      {
        schema: {
          tags: ["chat"],
          summary: "Start a conversation with the assistant",
          description: "Returns the session id, the token to send with each message, and the greeting.",
          body: startBody.optional(),
          response: { 201: started },
        },
        config: { rateLimit: { max: writesPerMinute, timeWindow: "1 minute" } },
      },
      async (request, reply) => reply.status(201).send(await service.start(request.body ?? {})),
    );

    app.post(
      "/chat/sessions/:id/messages",
      {
        bodyLimit: 16 * 1024,
        schema: {
          tags: ["chat"],
          summary: "Send her message; get the assistant's replies",
          description:
            "`Authorization: Bearer <token>`. A call action's value is the number to dial. `caseId` is set once she has accepted an officer: from then on her messages are kept, encrypted, for the officer. Otherwise no message text is stored.",
          params: z.object({ id: z.string().min(1).max(64) }),
          body: messageBody,
          security: [{ bearerAuth: [] }],
          response: { 200: answered },
        },
        // The answer is typed by ChatAnswer; checking it again with zod on every turn costs more
        // than it catches (the schema stays, for the OpenAPI document).
        serializerCompiler: () => (data) => JSON.stringify(data),
      },
      async (request) => {
        const token = requireBearer(request);
        const result = await service.message(request.params.id, token, request.body.text);
        if (result.ok) return result.answer;
        if (result.reason === "not_found") {
          throw notFound({
            id: "Percakapan tidak ditemukan atau sudah berakhir; mulai percakapan baru",
            en: "Conversation not found or expired; start a new one",
          });
        }
        throw new ApiError(401, "unauthorized", { id: "Token percakapan salah", en: "Wrong conversation token" });
      },
    );
  };
}
