import { z } from "zod";

/** International phone number: "+", country code, 6-14 more digits; spaces, dashes, dots and brackets allowed. */
export const phoneNumber = z
  .string()
  .trim()
  .max(24)
  .refine((v) => /^\+[1-9][0-9 ().-]{6,20}$/.test(v) && v.replace(/\D/g, "").length <= 15, { error: "phone" });

/** Calendar date as YYYY-MM-DD that really exists. */
export const isoDate = z
  .string()
  .trim()
  .refine((v) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, { error: "date" });

export const countryCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine((v) => /^[A-Z]{2}$/.test(v), { error: "country" });

export const requiredText = (max: number) => z.string().trim().min(1, { error: "required" }).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).optional();
