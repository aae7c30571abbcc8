import { describe, expect, it } from "vitest";
import { alertParts, buildAlertBody } from "../src/safetravel/lib/alertSummary";
import { formatAmount, newestSourceDate } from "../src/safetravel/lib/facts";
import { callablePhones, telHref, whatsappHref } from "../src/safetravel/lib/phones";
import { fitWithin } from "../src/safetravel/lib/photo";

describe("phones", () => {
  it("makes tel: and wa.me links", () => {
    expect(telHref("+852 2157-9537")).toBe("tel:+85221579537");
    expect(telHref("999")).toBe("tel:999");
    expect(whatsappHref("+852 6773 0466")).toBe("https://wa.me/85267730466");
    expect(whatsappHref("999")).toBeNull();
  });

  it("never offers an unverified number to call", () => {
    const p = (verified: boolean) => ({ label: "x", number: "+852 1234 5678", whatsapp: null, verified });
    expect(callablePhones({ verified: false, phones: [p(true)] })).toEqual([]);
    expect(callablePhones({ verified: true, phones: [p(false), p(true)] })).toEqual([p(true)]);
  });
});

describe("photo", () => {
  it("fits within 1024 px keeping the aspect ratio, never enlarging", () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1024, height: 768 });
    expect(fitWithin(1080, 2400)).toEqual({ width: 461, height: 1024 });
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
  });
});

describe("alert body", () => {
  it("leaves out empty extras and says what was sent", () => {
    const body = buildAlertBody({
      clientId: "c",
      pressedAt: new Date("2025-01-02T03:04:05Z"),
      language: "id",
      country: "HK",
      location: null,
      registrationId: null,
      text: "   ",
      photo: null,
    });
    expect(body).toEqual({ clientId: "c", pressedAt: "2025-01-02T03:04:05.000Z", language: "id", country: "HK" });
    expect(alertParts(body)).toEqual([]);
    const full = buildAlertBody({
      clientId: "c",
      pressedAt: new Date(),
      language: "en",
      location: { lat: 1, lon: 2 },
      registrationId: "R1",
      text: "x".repeat(600),
      photo: "data:image/jpeg;base64,AAAA",
    });
    expect(full.text).toHaveLength(500);
    expect(alertParts(full)).toEqual(["location", "registration", "text", "photo"]);
  });
});

describe("facts", () => {
  it("takes the newest dated source; undated sources do not count", () => {
    const s = (date: string) => ({ url: "https://example.org", date });
    expect(newestSourceDate([s("undated"), s("2024-12"), s("2024-12-02 (checked 2025)"), s("2023")])).toBe("2024-12-02");
    expect(newestSourceDate([s("undated"), s("c.2020")])).toBeNull();
  });

  it("formats an amount in her language", () => {
    const a = { value: 5100, currency: "HKD", per: "month", effective: "2025-09-30" };
    expect(formatAmount(a, "en")).toMatch(/HK\$5,100\.00 \/ month \(from 2025-09-30\)/);
    expect(formatAmount(a, "id")).toMatch(/HK\$\s?5\.100,00 \/ bulan \(berlaku 2025-09-30\)/);
  });
});
