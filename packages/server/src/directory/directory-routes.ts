import { type Directory, ENTRY_KINDS } from "@safetravel/directory";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { notFound } from "../http/errors";
import { countryCode } from "../schemas/common";

const directoryQuery = z
  .object({
    country: countryCode.optional(),
    city: z.string().trim().min(1).max(80).optional(),
    kind: z.enum(ENTRY_KINDS).optional(),
    q: z.string().trim().min(1).max(100).optional(),
  })
  .strict();

const codeParams = z.object({ code: countryCode });

/** The answers never change while the process runs, so each distinct query is serialised once. */
function memo(limit: number) {
  const cache = new Map<string, string>();
  return (key: string, make: () => unknown): string => {
    let body = cache.get(key);
    if (body === undefined) {
      body = JSON.stringify(make());
      if (cache.size >= limit) cache.delete(cache.keys().next().value as string);
      cache.set(key, body);
    }
    return body;
  };
}

export function directoryRoutes(directory: Directory): FastifyPluginAsyncZod {
  const cached = memo(2000);
  return async (app) => {
    app.get(
      "/directory",
      {
        schema: {
          tags: ["directory"],
          summary: "Missions, hotlines, shelters and NGOs; nearest first when a city is given",
          description:
            "Every entry carries its sources and `checked`, the date of its newest source. Numbers that no source confirmed are not listed.",
          querystring: directoryQuery,
        },
      },
      async (request, reply) => {
        const { country, city, kind, q } = request.query;
        const body = cached(JSON.stringify([country, city, kind, q]), () => ({
          query: request.query,
          emergency: country ? (directory.emergency(country) ?? null) : null,
          entries: directory.entries({ country, city, kind, q }),
        }));
        return reply.type("application/json; charset=utf-8").send(body);
      },
    );

    app.get(
      "/countries",
      { schema: { tags: ["directory"], summary: "Countries the directory knows" } },
      async () => ({ countries: directory.countries() }),
    );

    app.get(
      "/countries/:code",
      {
        schema: {
          tags: ["directory"],
          summary: "A country's facts: emergency numbers, her mission, the rules she asks about",
          params: codeParams,
        },
      },
      async (request, reply) => {
        const { code } = request.params;
        const facts = directory.country(code);
        const mission = directory.missionFor(code);
        if (!facts && !mission) throw notFound({ id: `Negara ${code} belum ada di direktori`, en: `Country ${code} is not in the directory` });
        const body = cached(`country:${code}`, () => ({
          code,
          name: facts?.name ?? null,
          emergency: directory.emergency(code) ?? null,
          mission: mission ?? null,
          national: directory.national(),
          facts: facts?.facts ?? [],
        }));
        return reply.type("application/json; charset=utf-8").send(body);
      },
    );
  };
}
