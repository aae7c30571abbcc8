import { KEYS, readJson, write } from "../../shell/storage";

/** id + secret of her lapor diri, kept on the device only when she ticks the box. */
export interface RegistrationCreds {
  id: string;
  secret: string;
}

export function getSavedCreds(): RegistrationCreds | null {
  const v = readJson<RegistrationCreds>(KEYS.registration);
  return v && typeof v.id === "string" && typeof v.secret === "string" ? v : null;
}

export function saveCreds(creds: RegistrationCreds | null): void {
  write(KEYS.registration, creds ? JSON.stringify(creds) : null);
}
