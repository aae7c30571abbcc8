import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Bilingual, FieldError, Lang } from "../schemas/messages";
import { summarize } from "../schemas/messages";

/** An error the API reports to the caller with a status, a code and a message in her language. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly text: Bilingual,
    readonly fields?: FieldError[],
  ) {
    super(text.en);
  }
}

export const notFound = (what: Bilingual) => new ApiError(404, "not_found", what);

/** The language of the answer: English when the caller asks for it first, Indonesian otherwise. */
export function requestLang(request: FastifyRequest): Lang {
  const header = request.headers["accept-language"];
  const first = (Array.isArray(header) ? header[0] : header)?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "id";
}

const KNOWN: Record<string, { status: number; code: string; text: Bilingual }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: "invalid_json",
    text: { id: "Isi permintaan bukan JSON yang benar", en: "The request body is not valid JSON" },
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: "invalid_json",
    text: { id: "Isi permintaan kosong", en: "The request body is empty" },
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: "too_large",
    text: { id: "Isi permintaan terlalu besar", en: "The request body is too large" },
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: "unsupported_media_type",
    text: { id: "Kirim isi sebagai application/json", en: "Send the body as application/json" },
  },
};

function send(reply: FastifyReply, lang: Lang, status: number, code: string, text: Bilingual, fields?: FieldError[]) {
  const message = fields?.length ? `${text[lang]}: ${summarize(fields, lang)}` : text[lang];
  return reply.status(status).send({ error: { code, message, ...(fields ? { fields } : {}) } });
}

/** One error shape for the whole API: `{ error: { code, message, fields? } }`; no stack leaves the server. */
export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError & { fields?: FieldError[] }, request, reply) => {
    const lang = requestLang(request);
    if (error instanceof ApiError) return send(reply, lang, error.statusCode, error.code, error.text, error.fields);
    if (error.fields) {
      return send(reply, lang, 400, "invalid_input", { id: "Data tidak valid", en: "Invalid input" }, error.fields);
    }
    const known = error.code ? KNOWN[error.code] : undefined;
    if (known) return send(reply, lang, known.status, known.code, known.text);
    if (error.statusCode === 429) {
      return send(reply, lang, 429, "rate_limited", {
        id: "Terlalu banyak permintaan, coba lagi sebentar lagi",
        en: "Too many requests, try again shortly",
      });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, lang, error.statusCode, "bad_request", {
        id: "Permintaan tidak bisa diproses",
        en: "The request cannot be processed",
      });
    }
    request.log.error({ err: { type: error.name, code: error.code } }, "unhandled error");
    return send(reply, lang, 500, "internal", {
      id: "Terjadi kesalahan di server; coba lagi",
      en: "Something went wrong on the server; try again",
    });
  });

  app.setNotFoundHandler((request, reply) =>
    send(reply, requestLang(request), 404, "not_found", { id: "Alamat tidak ditemukan", en: "Not found" }),
  );
}
