import { z } from "zod";
import { countryCode } from "./common";

const MAX_PHOTO_CHARS = 1_500_000; // about 1.1 MB of image

/** A panic-button alert from the emergency screen. */
export const alertInput = z
  .object({
    /** Made on the device, so that an alert queued offline and sent twice is stored once. */
    clientId: z.uuid(),
    country: countryCode.optional(),
    location: z
      .object({
        lat: z.number().min(-90, { error: "latitude" }).max(90, { error: "latitude" }),
        lon: z.number().min(-180, { error: "longitude" }).max(180, { error: "longitude" }),
        accuracy: z.number().min(0).max(100_000).optional(),
      })
      .optional(),
    registrationId: z.string().trim().max(64).optional(),
    text: z.string().trim().max(500).optional(),
    photo: z
      .string()
      .max(MAX_PHOTO_CHARS)
      .refine((v) => /^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/.test(v), { error: "photo" })
      .optional(),
    /** When she pressed the button (ISO time); an alert sent late from the offline queue keeps it. */
    pressedAt: z.iso.datetime({ offset: true }).optional(),
    language: z.enum(["id", "en"]).optional(),
  })
  .strict();

export type AlertInput = z.infer<typeof alertInput>;
