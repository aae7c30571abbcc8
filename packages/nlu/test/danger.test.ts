import { describe, expect, it } from "vitest";
import { detectDanger } from "../src/index.js";

describe("detectDanger: danger now", () => {
  it.each([
    "tolong",
    "tolonggg kak",
    "help me",
    "SOS",
    "darurat",
    "majikan lagi mukulin aku",
    "dia sedang memukul saya",
    "he is choking me",
    "aku dicekik",
    "sir bawa pisau ngancam aku",
    "madam ancam bunuh saya",
    "saya dikunci di kamar dan diancam",
    "saya sembunyi di toilet, majikan cari saya",
    "aku ndelik nang jeding",
    "sy baru kabur dr rumah majikan, skrg di jalan gatau mau kemana",
    "dia mau dobrak pintu kamar",
    "dia lagi mau perkosa aku",
    "saya dalam bahaya",
  ])("flags %s as emergency", (text) => {
    expect(detectDanger(text)?.kind).toBe("emergency");
  });

  it.each([
    "aku pengen mati wae",
    "saya ingin bunuh diri",
    "i want to kill myself",
    "gak mau hidup lagi",
    "mau minum racun",
    "tanganku tak silet",
    "mau loncat dari balkon",
    "pengen ngakhirin hidup",
    "semua org lbh bahagia tanpa aku",
    "aku cuma jadi beban buat keluarga",
    "what's the point of going on",
    "i can't go on anymore",
    "ga mau bangun lagi",
    "pengen nyusul bapak",
    "udah nulis surat terakhir buat anakku",
  ])("flags %s as self-harm", (text) => {
    expect(detectDanger(text)?.kind).toBe("self_harm");
  });

  it.each([
    "sy chat diam2, kalau majikan tau hp disita",
    "jangan telepon balik, majikan awasi",
    "ngetik ini diem2 krn hp dilarang",
    "texting from the toilet, sir grabbed my neck",
  ])(
    "flags writing in secret under threat: %s",
    (text) => {
      expect(detectDanger(text)?.kind).toBe("danger");
    },
  );

  it("flags a medical emergency happening now", () => {
    expect(detectDanger("masih pendarahan banyak, tidak ada yang antar")?.kind).toBe("danger");
  });
});

describe("detectDanger: harmless near-misses", () => {
  it.each([
    "dulu majikan pernah pukul saya, sekarang sudah pindah",
    "dulu pernah dicekik, sekarang sudah aman di shelter",
    "tolong info nomor KBRI",
    "nomor darurat KBRI berapa",
    "terima kasih sudah menolong",
    "tolong bantu cek gaji saya",
    "mau nyusul suami kerja di taiwan",
    "ga mau bangun lagi jam 4 pagi tiap hari",
    "surat terakhir dari agen belum dibalas",
    "beban kerja berat bgt",
    "mati lampu di rumah",
    "visa saya sudah mati",
    "hp saya mati",
    "saya kabur dari majikan tahun lalu, sekarang kerja di tempat lain",
    "paspor ditahan biar tidak kabur",
    "tiap majikan pergi saya dikunci di rumah",
    "gaji belum dibayar 3 bulan",
    "capek kerja terus",
    "tangan kena pisau waktu masak",
  ])("does not flag %s", (text) => {
    expect(detectDanger(text)).toBeUndefined();
  });
});
