/** Small JSON client for the API; errors come back as data, never thrown. */
export interface ApiFieldError {
  path: string;
  message: { id: string; en: string };
}

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; code: string; message: string; fields: ApiFieldError[] };

export async function api<T>(method: string, url: string, body?: unknown, secret?: string): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (secret) headers.authorization = `Bearer ${secret}`;
  let res: Response;
  try {
    res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: "no-store" });
  } catch {
    return { ok: false, status: 0, code: "offline", message: "network", fields: [] };
  }
  const json = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.ok) return { ok: true, status: res.status, data: json as T };
  const err = (json as { error?: { code?: string; message?: string; fields?: ApiFieldError[] } } | null)?.error;
  return {
    ok: false,
    status: res.status,
    code: err?.code ?? `http_${res.status}`,
    message: err?.message ?? `HTTP ${res.status}`,
    fields: Array.isArray(err?.fields) ? err.fields : [],
  };
}
