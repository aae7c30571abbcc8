import type { FastifyRequest } from "fastify";
import { bearerToken } from "../crypto/tokens";
import { ApiError } from "./errors";

/** The bearer token of the request, or a 401 that says how to send it. */
export function requireBearer(request: FastifyRequest): string {
  const token = bearerToken(request.headers.authorization);
  if (!token) {
    throw new ApiError(401, "unauthorized", {
      id: "Kirim kode rahasia di header Authorization: Bearer <kode>",
      en: "Send the secret in the Authorization header: Bearer <secret>",
    });
  }
  return token;
}

export const wrongSecret = () =>
  new ApiError(403, "forbidden", { id: "Kode rahasia tidak cocok", en: "The secret does not match" });
