import type { DirectoryEntry, PhoneNumber } from "@safetravel/directory";

/** tel: link for a number as written ("+852 2157 9537", "999"). */
export function telHref(number: string): string {
  const cleaned = number.replace(/[^\d+*#]/g, "");
  return `tel:${cleaned}`;
}

/** wa.me link for an international number, or null when it is not one. */
export function whatsappHref(number: string): string | null {
  if (!number.trim().startsWith("+")) return null;
  const digits = number.replace(/\D/g, "");
  return digits.length >= 8 ? `https://wa.me/${digits}` : null;
}

/** Phones that may be shown as a number to call: verified numbers of a verified entry. */
export function callablePhones(entry: Pick<DirectoryEntry, "verified" | "phones">): PhoneNumber[] {
  if (!entry.verified) return [];
  return entry.phones.filter((p) => p.verified);
}
