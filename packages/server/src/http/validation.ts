import type { FastifySchemaCompiler } from "fastify";
import { safeParse, type $ZodType } from "zod/v4/core";
import type { ZodError } from "zod";
import { fieldErrors } from "../schemas/messages";

/**
 * Validates requests with the route's zod schema and reports every bad field in Indonesian and English.
 * (fastify-type-provider-zod's compiler reports English only.)
 */
export const validatorCompiler: FastifySchemaCompiler<$ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = safeParse(schema, data);
    if (result.success) return { value: result.data };
    const fields = fieldErrors(result.error as unknown as ZodError).map((f) => ({
      ...f,
      path: f.path || (httpPart === "body" ? "" : String(httpPart)),
    }));
    return { error: Object.assign(new Error("invalid input"), { statusCode: 400, fields }) };
  };
