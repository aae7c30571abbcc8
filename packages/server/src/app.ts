import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { type Directory, loadDirectory } from "@safetravel/directory";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { fullClassifier } from "@safetravel/nlu/node";
import { alertRoutes } from "./alerts/alert-routes";
import { alertStore } from "./alerts/alert-store";
import type { Config } from "./config";
import { chatRoutes } from "./chat/chat-routes";
import { chatService } from "./chat/chat-service";
import { chatStore } from "./chat/chat-store";
import { createFieldCipher, type FieldCipher, resolveDataKey } from "./crypto/field-cipher";
import { connect, type Storage } from "./db/connect";
import { migrateToLatest } from "./db/migrations";
import { directoryRoutes } from "./directory/directory-routes";
import { installErrorHandling } from "./http/errors";
import { juangSyncRoutes } from "./juang/sync-routes";
import { syncStore } from "./juang/sync-store";
import { loggerOptions } from "./http/logging";
import { installSecurityHeaders } from "./http/security-headers";
import { validatorCompiler } from "./http/validation";
import { serveWebApp } from "./http/web-app";
import { registrationRoutes } from "./registrations/registration-routes";
import { registrationStore } from "./registrations/registration-store";

export interface Platform {
  storage: Storage;
  cipher: FieldCipher;
  directory: Directory;
}

declare module "fastify" {
  interface FastifyInstance {
    platform: Platform;
  }
}

const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:", "blob:"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The whole product on one Fastify instance: API under /api/v1, its documents, and the web app at /. */
export async function buildApp(config: Config): Promise<FastifyInstance> {
  const storage = connect(config);
  await migrateToLatest(storage.db as never, storage.dialect);
  const cipher = createFieldCipher(resolveDataKey(config.dataKey, config.dataDir));
  const directory = loadDirectory();
  const classifier = await fullClassifier();
  const chats = chatStore(storage.db, cipher, config.chatSessionTtlMinutes);

  const app = Fastify({
    logger: loggerOptions(config.logLevel, config.logStream),
    bodyLimit: 64 * 1024,
    trustProxy: config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate("platform", { storage, cipher, directory });
  const sweep = setInterval(() => void chats.deleteExpired().catch(() => undefined), 10 * 60_000);
  sweep.unref();
  await chats.deleteExpired();
  app.addHook("onClose", async () => {
    clearInterval(sweep);
    await storage.close();
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);

  installSecurityHeaders(app, { contentSecurityPolicy: { directives: CSP }, crossOriginEmbedderPolicy: false });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Safe Travel + Juang API",
        version: "1.0.0",
        description:
          "Help for Indonesian migrant workers: directory of missions and hotlines, lapor diri, panic alerts. Errors are `{ error: { code, message, fields? } }`; send `Accept-Language: en` for English messages (Indonesian by default).",
      },
      components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  app.get("/healthz", { schema: { tags: ["health"], summary: "Liveness and database check" } }, async (_request, reply) => {
    try {
      await storage.db.selectFrom("cases").select("id").limit(1).execute();
      return { status: "ok", database: storage.dialect };
    } catch {
      return reply.status(503).send({ status: "unavailable", database: storage.dialect });
    }
  });

  await app.register(
    async (api) => {
      await api.register(rateLimit, { max: config.rateLimitPerMinute, timeWindow: "1 minute" });
      await api.register(directoryRoutes(directory));
      await api.register(registrationRoutes(registrationStore(storage.db, cipher), config.writeRateLimitPerMinute));
      await api.register(alertRoutes(alertStore(storage.db, cipher), config.writeRateLimitPerMinute));
      await api.register(juangSyncRoutes(syncStore(storage.db, cipher), config.writeRateLimitPerMinute));
      await api.register(chatRoutes(chatService(chats, classifier, directory), config.writeRateLimitPerMinute));
    },
    { prefix: "/api/v1" },
  );

  await serveWebApp(app, config.webRoot);
  return app;
}
