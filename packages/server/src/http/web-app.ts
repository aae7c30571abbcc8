import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/**
 * Serves the built worker app (packages/web/dist) at /. Paths that are not files get index.html,
 * so the app's own routes (/juang, /lapor-diri, …) open directly; the service worker and
 * index.html are never cached by the browser, hashed assets for a year.
 */
export async function serveWebApp(app: FastifyInstance, webRoot: string) {
  if (!existsSync(join(webRoot, "index.html"))) {
    app.log.warn("The web app is not built: run `npm run build`. Only the API is served.");
    return;
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: ["index.html"],
    setHeaders(res, path) {
      if (path.includes(`${join(webRoot, "assets")}`)) res.setHeader("cache-control", "public, max-age=31536000, immutable");
      else res.setHeader("cache-control", "no-cache");
    },
  });
  app.get("/*", async (request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    if (path.startsWith("/api/") || /\.[a-z0-9]+$/i.test(path)) {
      return reply.callNotFound();
    }
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
