import { z } from "zod";
import { countryCode, isoDate, optionalText, phoneNumber, requiredText } from "./common";

/** Lapor diri: what a worker abroad tells her mission about herself. */
const registrationFields = z.object({
    fullName: requiredText(120),
    passportNumber: z
      .string()
      .trim()
      .transform((v) => v.toUpperCase())
      .refine((v) => /^[A-Z0-9]{6,12}$/.test(v), { error: "passport" }),
    birthDate: isoDate.refine((v) => v < new Date().toISOString().slice(0, 10), { error: "pastDate" }),
    sex: z.enum(["female", "male"]),
    phone: phoneNumber,
    whatsapp: phoneNumber.optional(),
    country: countryCode,
    city: requiredText(80),
    addressAbroad: requiredText(300),
    employerName: requiredText(120),
    employerContact: optionalText(120),
    job: requiredText(80),
    agency: optionalText(120),
    arrivalDate: isoDate,
    contractEnd: isoDate.optional(),
    emergencyContact: z.object({
      name: requiredText(120),
      relation: requiredText(40),
      phone: phoneNumber,
    }),
});

export const registrationInput = registrationFields.strict().superRefine((value, ctx) => {
    if (value.contractEnd && value.contractEnd <= value.arrivalDate) {
    ctx.addIssue({ code: "custom", path: ["contractEnd"], message: "contractAfterArrival" });
  }
});

export type RegistrationInput = z.infer<typeof registrationInput>;

/** A stored registration as the API returns it to the worker who holds its secret. */
export const registrationRecord = z.object({
  id: z.string(),
  fullName: z.string(),
  passportNumber: z.string(),
  birthDate: z.string(),
  sex: z.enum(["female", "male"]),
  phone: z.string(),
  whatsapp: z.string().optional(),
  country: z.string(),
  city: z.string(),
  addressAbroad: z.string(),
  employerName: z.string(),
  employerContact: z.string().optional(),
  job: z.string(),
  agency: z.string().optional(),
  arrivalDate: z.string(),
  contractEnd: z.string().optional(),
  emergencyContact: z.object({ name: z.string(), relation: z.string(), phone: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A correction: any of her fields; the whole record is checked again after merging. */
export const registrationPatch = z
  .object(Object.fromEntries(Object.keys(registrationFields.shape).map((key) => [key, z.unknown()])))
  .partial()
  .strict();
