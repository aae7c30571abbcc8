import { fieldErrors, registrationInput } from "@safetravel/server/schemas";
import { describe, expect, it } from "vitest";
import { emptyForm, errorsByField, fromRecord, patchBody, requiredFirst, toRegistrationBody } from "../src/safetravel/lib/registrationForm";

const filled = () => {
  const v = emptyForm("HK");
  Object.assign(v, {
    fullName: "Siti Aminah",
    passportNumber: "c1234567",
    birthDate: "1990-05-17",
    sex: "female",
    phone: "+852 9123 4567",
    city: "Hong Kong",
    addressAbroad: "Flat 3A",
    employerName: "Mrs Chan",
    job: "PRT",
    arrivalDate: "2024-02-01",
    "emergencyContact.name": "Sri",
    "emergencyContact.relation": "ibu",
    "emergencyContact.phone": "+62 812 3456 7890",
  });
  return v;
};

describe("lapor diri form", () => {
  it("builds a body the shared schema accepts, leaving out empty optional fields", () => {
    const body = toRegistrationBody(filled());
    expect(body).not.toHaveProperty("whatsapp");
    expect(body.emergencyContact).toEqual({ name: "Sri", relation: "ibu", phone: "+62 812 3456 7890" });
    expect(registrationInput.safeParse(body).success).toBe(true);
  });

  it("says 'wajib diisi' for every empty required field, even dates and sex", () => {
    const v = emptyForm();
    const r = registrationInput.safeParse(toRegistrationBody(v));
    expect(r.success).toBe(false);
    if (r.success) return;
    const byField = errorsByField(requiredFirst(fieldErrors(r.error), v), "id");
    for (const f of ["fullName", "birthDate", "sex", "country", "arrivalDate", "emergencyContact.phone"]) {
      expect(byField[f]).toBe("wajib diisi");
    }
  });

  it("keeps the format message for a filled but wrong field", () => {
    const v = filled();
    v.phone = "0812";
    const r = registrationInput.safeParse(toRegistrationBody(v));
    if (r.success) throw new Error("should fail");
    expect(errorsByField(requiredFirst(fieldErrors(r.error), v), "id").phone).toMatch(/nomor telepon internasional/);
  });

  it("round-trips a record and sends only what changed", () => {
    const before = fromRecord({ ...toRegistrationBody(filled()), id: "R1" });
    expect(before.fullName).toBe("Siti Aminah");
    const after = { ...before, city: "Kowloon", "emergencyContact.phone": "+62 811 111 111" };
    expect(patchBody(before, after)).toEqual({
      city: "Kowloon",
      emergencyContact: { name: "Sri", relation: "ibu", phone: "+62 811 111 111" },
    });
    expect(patchBody(before, before)).toEqual({});
  });
});
