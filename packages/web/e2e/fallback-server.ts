/**
 * Stand-in for the real server when packages/server/src/app.ts cannot be loaded (it is being
 * built in the same tree): serves dist with an SPA fallback and a minimal in-memory API for
 * alerts and registrations, validated with the same shared zod schemas.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize } from "node:path";
import { alertInput, fieldErrors, registrationInput } from "@safetravel/server/schemas";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
};

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(body === null ? undefined : JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return null;
  }
}

export async function startFallbackServer(dist: string): Promise<{ server: Server; port: number }> {
  const alerts = new Map<string, { id: string; receivedAt: string }>();
  const regs = new Map<string, { secret: string; record: Record<string, unknown> }>();
  const invalid = (res: ServerResponse, error: Parameters<typeof fieldErrors>[0]) =>
    json(res, 400, { error: { code: "invalid_input", message: "invalid", fields: fieldErrors(error) } });

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const path = url.pathname;
    if (path === "/api/v1/alerts" && req.method === "POST") {
      const r = alertInput.safeParse(await readBody(req));
      if (!r.success) return invalid(res, r.error);
      const seen = alerts.get(r.data.clientId);
      if (seen) return json(res, 200, { ...seen, duplicate: true });
      const receipt = { id: randomUUID(), receivedAt: new Date().toISOString() };
      alerts.set(r.data.clientId, receipt);
      return json(res, 201, { ...receipt, duplicate: false });
    }
    if (path === "/api/v1/registrations" && req.method === "POST") {
      const r = registrationInput.safeParse(await readBody(req));
      if (!r.success) return invalid(res, r.error);
      const id = randomUUID();
      const secret = randomBytes(24).toString("base64url");
      regs.set(id, { secret, record: { id, ...r.data } });
      return json(res, 201, { id, secret, createdAt: new Date().toISOString() });
    }
    const m = /^\/api\/v1\/registrations\/([^/]+)$/.exec(path);
    if (m) {
      const reg = regs.get(decodeURIComponent(m[1]!));
      if (!reg || req.headers.authorization !== `Bearer ${reg.secret}`) return json(res, 404, { error: { code: "not_found", message: "not found" } });
      if (req.method === "GET") return json(res, 200, reg.record);
      if (req.method === "DELETE") {
        regs.delete(String(reg.record.id));
        return json(res, 204, null);
      }
      if (req.method === "PATCH") {
        const merged = { ...reg.record, ...((await readBody(req)) as object) };
        const { id, ...rest } = merged as Record<string, unknown>;
        const r = registrationInput.safeParse(rest);
        if (!r.success) return invalid(res, r.error);
        reg.record = { id, ...r.data };
        return json(res, 200, reg.record);
      }
    }
    if (path.startsWith("/api/")) return json(res, 404, { error: { code: "not_found", message: "not found" } });
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) file = join(dist, "index.html");
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { server, port: typeof address === "object" && address ? address.port : 0 };
}
