import type { z } from "zod";

/** A text a worker reads, in Indonesian and English. */
export interface Bilingual {
  id: string;
  en: string;
}

export type Lang = "id" | "en";

/** One field that failed validation, with the reason in both languages. */
export interface FieldError {
  /** Dotted path of the field ("emergencyContact.phone"); "" for the whole body. */
  path: string;
  message: Bilingual;
}

/** Reasons a schema names by key (`{ error: "phone" }`), in both languages. */
const NAMED: Record<string, Bilingual> = {
  required: { id: "wajib diisi", en: "is required" },
  phone: {
    id: "harus nomor telepon internasional, mis. +852 9123 4567",
    en: "must be an international phone number, e.g. +852 9123 4567",
  },
  date: { id: "harus tanggal dengan format TTTT-BB-HH", en: "must be a date as YYYY-MM-DD" },
  pastDate: { id: "harus tanggal yang sudah lewat", en: "must be a date in the past" },
  country: { id: "harus kode negara dua huruf, mis. HK", en: "must be a two-letter country code, e.g. HK" },
  passport: {
    id: "harus 6-12 huruf atau angka tanpa spasi",
    en: "must be 6 to 12 letters or digits without spaces",
  },
  contractAfterArrival: {
    id: "harus sesudah tanggal kedatangan",
    en: "must be after the arrival date",
  },
  latitude: { id: "harus antara -90 dan 90", en: "must be between -90 and 90" },
  longitude: { id: "harus antara -180 dan 180", en: "must be between -180 and 180" },
  photo: {
    id: "harus foto JPEG, PNG atau WebP (data URL base64)",
    en: "must be a JPEG, PNG or WebP photo (base64 data URL)",
  },
};

function describe(issue: z.core.$ZodIssue): Bilingual {
  const named = NAMED[issue.message];
  if (named) return named;
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return NAMED.required!;
      return { id: `harus berupa ${issue.expected}`, en: `must be a ${issue.expected}` };
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? NAMED.required!
          : { id: `minimal ${issue.minimum} huruf`, en: `must be at least ${issue.minimum} characters` };
      }
      return { id: `minimal ${issue.minimum}`, en: `must be at least ${issue.minimum}` };
    case "too_big":
      if (issue.origin === "string") {
        return { id: `maksimal ${issue.maximum} huruf`, en: `must be at most ${issue.maximum} characters` };
      }
      return { id: `maksimal ${issue.maximum}`, en: `must be at most ${issue.maximum}` };
    case "invalid_value":
      return {
        id: `harus salah satu dari: ${issue.values.join(", ")}`,
        en: `must be one of: ${issue.values.join(", ")}`,
      };
    case "invalid_format":
      return { id: `format ${issue.format} tidak benar`, en: `is not a valid ${issue.format}` };
    case "unrecognized_keys":
      return {
        id: `kolom tidak dikenal: ${issue.keys.join(", ")}`,
        en: `unknown field(s): ${issue.keys.join(", ")}`,
      };
    default:
      return { id: "tidak valid", en: "is not valid" };
  }
}

/** Turns zod's issues into field errors a person can read. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: describe(issue) }));
}

/** One sentence for all field errors, in one language: "passportNumber: wajib diisi; …". */
export function summarize(errors: FieldError[], lang: Lang): string {
  return errors.map((e) => (e.path ? `${e.path}: ${e.message[lang]}` : e.message[lang])).join("; ");
}
