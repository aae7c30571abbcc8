/** Zod schemas of the data files as they are written (before normalisation). */
import { z } from "zod";
import { ENTRY_KINDS } from "./types.js";

/** "+852 2157 9537", "999", "021-129", "1800 339 5505": digits, spaces and dashes, an optional leading +. */
const phoneNumberText = z.string().regex(/^\+?[0-9][0-9 -]*[0-9]$|^[0-9]$/, "not a phone number");

export const rawSourceSchema = z.object({
  url: z.string().min(1),
  date: z.string().min(1),
  fields: z.array(z.string()).optional(),
  note: z.string().optional(),
});

export const rawPhoneSchema = z.object({
  label: z.string(),
  number: phoneNumberText,
  whatsapp: z.boolean().nullable().optional(),
  verified: z.boolean().optional(),
});

export const rawEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(ENTRY_KINDS),
  country: z.string().regex(/^[A-Z]{2}$/),
  city: z.string().nullable().optional(),
  name: z.string().min(1),
  nameEn: z.string().nullable().optional(),
  address: z.string().nullable().optional(),
  lat: z.number().min(-90).max(90).nullable().optional(),
  lon: z.number().min(-180).max(180).nullable().optional(),
  phones: z.array(rawPhoneSchema),
  hotlines: z.array(rawPhoneSchema).optional(),
  email: z.string().nullable().optional(),
  website: z.string().nullable().optional(),
  services: z.array(z.string()).optional(),
  languages: z.array(z.string()).optional(),
  hours: z.string().nullable().optional(),
  note: z.string().nullable().optional(),
  verified: z.boolean(),
  sources: z.array(rawSourceSchema),
});
export type RawEntry = z.infer<typeof rawEntrySchema>;

const emergencyNumberText = phoneNumberText.nullable();

/** Per-country emergency numbers; extra keys (unified, alt, mobileAlt, …) are more numbers. */
export const rawEmergencySchema = z
  .object({
    police: emergencyNumberText,
    ambulance: emergencyNumberText,
    fire: emergencyNumberText,
    verified: z.boolean(),
    verifiedFields: z.array(z.string()).optional(),
    source: z.string().min(1),
    note: z.string().optional(),
    other: z.record(z.string(), phoneNumberText).optional(),
  })
  .catchall(phoneNumberText);
export type RawEmergency = z.infer<typeof rawEmergencySchema>;

/** The top level of directory.json; entries are checked one by one so that an error can name the entry. */
export const rawDirectoryFileSchema = z.object({
  _about: z.string(),
  _checked: z.string(),
  missions: z.array(z.unknown()),
  national: z.array(z.unknown()),
  emergency: z.record(z.string().regex(/^[A-Z]{2}$/), z.unknown()),
  local: z.array(z.unknown()),
});

export const rawFactSchema = z.object({
  topic: z.string().min(1),
  en: z.string().min(1),
  id: z.string().min(1),
  law: z.string().nullable(),
  amount: z
    .object({ value: z.number(), currency: z.string(), per: z.string(), effective: z.string() })
    .nullable()
    .optional(),
  caveat: z.string().nullable().optional(),
  verified: z.boolean(),
  sources: z.array(rawSourceSchema),
});
export type RawFact = z.infer<typeof rawFactSchema>;

export const rawFactsFileSchema = z.object({
  generated: z.string(),
  _about: z.string(),
  countries: z.record(
    z.string().regex(/^[A-Z]{2}$/),
    z.object({ name: z.string().min(1), facts: z.array(z.unknown()) }),
  ),
});

export const placesFileSchema = z.object({
  _about: z.string(),
  _sources: z.record(z.string(), z.string()),
  countryNames: z.record(z.string().regex(/^[A-Z]{2}$/), z.object({ en: z.string(), id: z.string() })),
  cities: z.array(
    z.object({
      country: z.string().regex(/^[A-Z]{2}$/),
      name: z.string().min(1),
      aliases: z.array(z.string()),
      regions: z.array(z.string()),
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
    }),
  ),
  missionAreas: z.array(z.object({ mission: z.string(), areas: z.array(z.string()).min(1), source: z.string() })),
});
export type PlacesFile = z.infer<typeof placesFileSchema>;
export type City = PlacesFile["cities"][number];
