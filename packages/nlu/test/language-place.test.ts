import { describe, expect, it } from "vitest";
import { detectLanguage, detectPlace } from "../src/index.js";

describe("detectLanguage", () => {
  it.each([
    ["gaji saya belum dibayar", "id"],
    ["sy gk blm gajian", "id"],
    ["aku ora oleh metu omah", "jv"],
    ["matur nuwun mbak", "jv"],
    ["abdi hoyong mulang ka lembur", "su"],
    ["hatur nuhun", "su"],
    ["tak boleh keluar rumah, majikan tak bagi cuti", "ms"],
    ["kena tendang kat perut", "ms"],
    ["my employer does not pay my salary", "en"],
    ["please help me", "en"],
    ["p", "und"],
    ["😭", "und"],
    ["", "und"],
  ])("%s → %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe("detectPlace", () => {
  it.each([
    ["sy di hongkong", { country: "HK", city: "Hong Kong" }],
    ["kerja di riyadh", { country: "SA", city: "Riyadh" }],
    ["di taiwan", { country: "TW" }],
    ["KL", { country: "MY", city: "Kuala Lumpur" }],
    ["jeddah", { country: "SA", city: "Jeddah" }],
    ["aku kerja nang Taipei", { country: "TW", city: "Taipei" }],
    ["saya di johor bahru", { country: "MY", city: "Johor Bahru" }],
    ["kerja di kota kinabalu", { country: "MY", city: "Kota Kinabalu" }],
    ["di singapura", { country: "SG", city: "Singapore" }],
    ["sy di abu dhabi", { country: "AE", city: "Abu Dhabi" }],
    ["di dubai", { country: "AE", city: "Dubai" }],
    ["kerja di doha qatar", { country: "QA", city: "Doha" }],
    ["kuwait", { country: "KW" }],
    ["di muscat", { country: "OM", city: "Muscat" }],
    ["amman jordan", { country: "JO", city: "Amman" }],
    ["di seoul", { country: "KR", city: "Seoul" }],
    ["kerja di jepang", { country: "JP" }],
    ["brunei", { country: "BN" }],
    ["di penang", { country: "MY", city: "Penang" }],
    ["di kuching", { country: "MY", city: "Kuching" }],
    ["sy di malaysia", { country: "MY" }],
    ["arab saudi", { country: "SA" }],
  ])("%s → %o", (text, place) => {
    expect(detectPlace(text)).toEqual(place);
  });

  it("ignores ordinary words and messages without a place", () => {
    expect(detectPlace("gaji saya belum dibayar")).toBeUndefined();
    expect(detectPlace("kl majikan marah aku takut")).toBeUndefined();
  });
});
