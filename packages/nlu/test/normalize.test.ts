import { describe, expect, it } from "vitest";
import { normalize } from "../src/index.js";

describe("normalize", () => {
  it.each([
    ["sy gk tau, blm udh tdk", "saya tidak tahu belum sudah tidak"],
    ["tolonggg", "tolong"],
    ["TOLONG!!!", "tolong"],
    ["sakitt bgttt", "sakit sangat"],
    ["dr sm krn tp utk yg gmn", "dari sama karena tapi untuk yang bagaimana"],
    ["sy dipukulin majikan", "saya dipukul majikan"],
    ["majikane nesu", "majikan marah"],
    ["gajiku durung dibayar", "gaji belum dibayar"],
    ["aku ora oleh metu omah", "saya tidak boleh keluar rumah"],
    ["aku digebuki juragan", "saya dipukul majikan"],
    ["abdi teu acan dibayar", "saya belum dibayar"],
    ["mulih", "pulang"],
    ["duwit", "uang"],
    ["pegang2 badan", "pegang pegang badan"],
    ["madam, sir, bos, kafil", "majikan majikan majikan majikan"],
    ["agensi p3mi pjtki", "agen agen agen"],
    ["matur nuwun", "terima_kasih"],
    ["hatur nuhun", "terima_kasih"],
    ["kemarin ingin main", "kemarin mau main"],
    ["kl gk mau", "kalau tidak mau"],
    ["kerja di kl", "kerja di kl"],
    ["jangan bales, nanti dia liat", "jangan balas nanti dia lihat"],
    ["beta pung hati su mati, lebe bae", "saya punya hati sudah mati lebih baik"],
    ["mele mate ndeq kuat inaq", "mau mati tidak kuat ibu"],
    ["kula nyerat sesidheman sakmenika", "saya nyerat diam diam sekarang"],
    ["udh dulu dia dtg, ojo ditelpon", "sudah dulu dia datang jangan ditelepon"],
    ["mung dikei mangan sepisan", "cuma diberi makan sekali"],
    ["neng njaba omah ora ngerti dalan", "ke luar rumah tidak tahu jalan"],
    ["jd kaburan", "jadi kaburan"],
  ])("%s → %s", (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it("keeps words it does not know", () => {
    expect(normalize("iqama HKID permit")).toBe("iqama hkid permit");
  });

  it("returns an empty string for emoji and punctuation", () => {
    expect(normalize("😭😭 !!")).toBe("");
  });
});
