import type { AlertBody } from "./alertQueue";

export type AlertPart = "location" | "registration" | "text" | "photo";

/** What an alert carried besides the alert itself, to tell her what was sent. */
export function alertParts(body: AlertBody): AlertPart[] {
  const parts: AlertPart[] = [];
  if (body.location) parts.push("location");
  if (body.registrationId) parts.push("registration");
  if (body.text) parts.push("text");
  if (body.photo) parts.push("photo");
  return parts;
}

/** Builds the body from what she chose; empty extras are left out. */
export function buildAlertBody(input: {
  clientId: string;
  pressedAt: Date;
  language: "id" | "en";
  country?: string | null;
  location?: AlertBody["location"] | null;
  registrationId?: string | null;
  text?: string;
  photo?: string | null;
}): AlertBody {
  const body: AlertBody = { clientId: input.clientId, pressedAt: input.pressedAt.toISOString(), language: input.language };
  if (input.country) body.country = input.country;
  if (input.location) body.location = input.location;
  if (input.registrationId) body.registrationId = input.registrationId;
  const text = input.text?.trim().slice(0, 500);
  if (text) body.text = text;
  if (input.photo) body.photo = input.photo;
  return body;
}
