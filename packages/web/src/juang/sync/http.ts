/** The vault API over HTTP (see the contract in packages/server/src/juang). */
import type { PullResult, PushResult, Transport, WireChange } from "./protocol";

export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(url: string, init: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, headers: { "content-type": "application/json", ...(init.headers ?? {}) } });
  if (!res.ok) {
    let code = `http_${res.status}`;
    let message = res.statusText || `HTTP ${res.status}`;
    try {
      const body = (await res.json()) as { error?: { code?: string; message?: string } };
      code = body.error?.code ?? code;
      message = body.error?.message ?? message;
    } catch {
      // not JSON
    }
    throw new SyncHttpError(res.status, code, message);
  }
  return (await res.json()) as T;
}

export const API = "/api/v1/juang/vaults";

export function createVault(base = ""): Promise<{ id: string; token: string }> {
  return call(`${base}${API}`, { method: "POST", body: "{}" });
}

export function httpTransport(vaultId: string, token: string, base = ""): Transport {
  const url = `${base}${API}/${encodeURIComponent(vaultId)}/changes`;
  const auth = { authorization: `Bearer ${token}` };
  return {
    push: (changes: readonly WireChange[]) => call<PushResult>(url, { method: "POST", headers: auth, body: JSON.stringify({ changes }) }),
    pull: (since: number) => call<PullResult>(`${url}?since=${since}`, { method: "GET", headers: auth }),
  };
}
