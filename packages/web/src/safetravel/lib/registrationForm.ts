/**
 * Lapor diri form values (all strings, as the inputs hold them) and their conversion to the
 * API body. Validation itself is the server's zod schema, imported in the lapor diri chunk.
 */
export const REQUIRED_FIELDS = [
  "fullName",
  "passportNumber",
  "birthDate",
  "sex",
  "phone",
  "country",
  "city",
  "addressAbroad",
  "employerName",
  "job",
  "arrivalDate",
  "emergencyContact.name",
  "emergencyContact.relation",
  "emergencyContact.phone",
] as const;

export const OPTIONAL_FIELDS = ["whatsapp", "employerContact", "agency", "contractEnd"] as const;

export type FieldName = (typeof REQUIRED_FIELDS)[number] | (typeof OPTIONAL_FIELDS)[number];
export type FormValues = Record<FieldName, string>;

export const ALL_FIELDS: FieldName[] = [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS];

export function emptyForm(country = ""): FormValues {
  const v = Object.fromEntries(ALL_FIELDS.map((f) => [f, ""])) as FormValues;
  v.country = country;
  return v;
}

/** The API body: empty optional fields are left out, the emergency contact nested. */
export function toRegistrationBody(v: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of ALL_FIELDS) {
    if (f.startsWith("emergencyContact.")) continue;
    const value = v[f].trim();
    if ((OPTIONAL_FIELDS as readonly string[]).includes(f) && value === "") continue;
    body[f] = value;
  }
  body.emergencyContact = {
    name: v["emergencyContact.name"].trim(),
    relation: v["emergencyContact.relation"].trim(),
    phone: v["emergencyContact.phone"].trim(),
  };
  return body;
}

/** Form values from a stored record (GET /api/v1/registrations/{id}). */
export function fromRecord(rec: Record<string, unknown>): FormValues {
  const v = emptyForm();
  const ec = (rec.emergencyContact ?? {}) as Record<string, unknown>;
  for (const f of ALL_FIELDS) {
    const raw = f.startsWith("emergencyContact.") ? ec[f.slice("emergencyContact.".length)] : rec[f];
    v[f] = typeof raw === "string" ? raw : "";
  }
  return v;
}

/** The fields that changed, as a PATCH body (emergencyContact sent whole when any part changed). */
export function patchBody(before: FormValues, after: FormValues): Record<string, unknown> {
  const full = toRegistrationBody(after);
  const patch: Record<string, unknown> = {};
  let contactChanged = false;
  for (const f of ALL_FIELDS) {
    if (before[f].trim() === after[f].trim()) continue;
    if (f.startsWith("emergencyContact.")) contactChanged = true;
    else patch[f] = after[f].trim() === "" ? undefined : full[f];
  }
  if (contactChanged) patch.emergencyContact = full.emergencyContact;
  for (const k of Object.keys(patch)) if (patch[k] === undefined) delete patch[k];
  return patch;
}

const REQUIRED_MESSAGE = { id: "wajib diisi", en: "is required" };

/**
 * An empty required field says "wajib diisi" rather than the format it should have
 * (an empty date is not "not a YYYY-MM-DD date", an unchosen sex not "one of: female, male").
 */
export function requiredFirst<E extends FieldMessage>(errors: readonly E[], values: FormValues): E[] {
  return errors.map((e) =>
    (REQUIRED_FIELDS as readonly string[]).includes(e.path) && values[e.path as FieldName].trim() === ""
      ? { ...e, message: REQUIRED_MESSAGE }
      : e,
  );
}

export interface FieldMessage {
  path: string;
  message: { id: string; en: string };
}

/** First message per field, in one language. */
export function errorsByField(errors: readonly FieldMessage[], lang: "id" | "en"): Partial<Record<string, string>> {
  const out: Partial<Record<string, string>> = {};
  for (const e of errors) if (!(e.path in out)) out[e.path] = e.message[lang];
  return out;
}
