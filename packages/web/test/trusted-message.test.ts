import { describe, expect, it } from "vitest";
import { buildTrustedMessage, mapsLink, smsHref, whatsappShareHref } from "../src/safetravel/lib/trustedMessage";

describe("trusted-contact message", () => {
  it("is in Indonesian by default, with her location, country and the mission hotline", () => {
    const m = buildTrustedMessage({
      lang: "id",
      location: { lat: 22.2793, lon: 114.1628 },
      countryName: "Hong Kong",
      missionPhone: "+852 5242 2240",
    });
    expect(m).toBe(
      [
        "Saya butuh bantuan. Tolong telepon saya atau hubungi KBRI/KJRI untuk saya.",
        "Saya di Hong Kong.",
        "Lokasi saya: https://maps.google.com/?q=22.279300,114.162800",
        "Hotline perwakilan RI: +852 5242 2240",
      ].join("\n"),
    );
  });

  it("leaves out what is not known, and has an English version", () => {
    expect(buildTrustedMessage({ lang: "en" })).toBe("I need help. Please call me or contact the Indonesian embassy/consulate for me.");
  });

  it("builds sms: and wa.me links with the body encoded", () => {
    expect(smsHref("a b&c\n")).toBe("sms:?body=a%20b%26c%0A");
    expect(whatsappShareHref("tolong!")).toBe("https://wa.me/?text=tolong!");
    expect(mapsLink({ lat: -6.2, lon: 106.8166667 })).toBe("https://maps.google.com/?q=-6.200000,106.816667");
  });
});
