import { z } from "zod";
import { countryCode, isoDate, optionalText, phoneNumber, requiredText } from "./common";

/** Lapor diri: what a worker abroad tells her mission about herself. */
export const registrationInput = z
  .object({
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
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.contractEnd && value.contractEnd <= value.arrivalDate) {
      ctx.addIssue({ code: "custom", path: ["contractEnd"], message: "contractAfterArrival" });
    }
  });

export type RegistrationInput = z.infer<typeof registrationInput>;

/** A correction: any field of the registration; the whole record is validated again after merging. */
export const registrationPatch = z
  .object({
    fullName: z.unknown(),
    passportNumber: z.unknown(),
    birthDate: z.unknown(),
    sex: z.unknown(),
    phone: z.unknown(),
    whatsapp: z.unknown(),
    country: z.unknown(),
    city: z.unknown(),
    addressAbroad: z.unknown(),
    employerName: z.unknown(),
    employerContact: z.unknown(),
    job: z.unknown(),
    agency: z.unknown(),
    arrivalDate: z.unknown(),
    contractEnd: z.unknown(),
    emergencyContact: z.unknown(),
  })
  .partial()
  .strict();
