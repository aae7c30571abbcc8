import { type AlertBody, classifyStatus, type SendOutcome } from "./alertQueue";

export const ALERTS_URL = "/api/v1/alerts";

/** POST /api/v1/alerts; never throws. */
export async function sendAlert(body: AlertBody): Promise<SendOutcome> {
  if (typeof navigator !== "undefined" && navigator.onLine === false) return { kind: "retry", reason: "offline" };
  let res: Response;
  try {
    res = await fetch(ALERTS_URL, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
    });
  } catch (e) {
    return { kind: "retry", reason: e instanceof Error ? e.message : "network" };
  }
  const kind = classifyStatus(res.status);
  const json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (kind === "sent") {
    return {
      kind,
      id: String(json?.id ?? ""),
      receivedAt: String(json?.receivedAt ?? new Date().toISOString()),
      duplicate: json?.duplicate === true,
    };
  }
  if (kind === "retry") return { kind, reason: `HTTP ${res.status}` };
  const err = json?.error as { message?: string } | undefined;
  return { kind, status: res.status, message: err?.message ?? `HTTP ${res.status}` };
}
