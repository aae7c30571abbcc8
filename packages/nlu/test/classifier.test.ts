import { beforeAll, describe, expect, it } from "vitest";
import { type Classifier, CORPUS, createClassifier, INTENTS, type Intent } from "../src/index.js";
import { readDataSet } from "../src/node.js";
import { expectFigures } from "./figures.js";

let classifier: Classifier;
beforeAll(async () => {
  classifier = await createClassifier();
});

const CLEAR: Record<Intent, string[]> = {
  emergency: ["tolong saya sedang dipukul", "majikan bawa pisau mau bunuh saya", "help"],
  self_harm: ["saya mau bunuh diri", "aku pengen mati wae"],
  physical_abuse: ["majikan sering pukul saya", "madam tampar muka saya kemarin"],
  sexual_abuse: ["majikan laki laki raba raba badan saya", "saya diperkosa majikan bulan lalu"],
  psychological_abuse: ["majikan selalu hina saya bodoh", "madam bentak bentak saya tiap hari"],
  trafficking: ["dijanjikan kerja di pabrik ternyata dijual", "saya dipaksa kerja bayar utang ke calo"],
  confinement: ["saya tidak boleh keluar rumah", "hp saya disita majikan"],
  document_held: ["paspor saya ditahan majikan", "kafil tahan iqama saya"],
  wage_issue: ["gaji saya belum dibayar 3 bulan", "gaji dipotong terus"],
  overwork: ["tidak pernah libur", "kerja 18 jam sehari tidur cuma 4 jam"],
  health: ["saya sakit perlu dokter", "saya hamil"],
  legal_status: ["visa saya sudah habis", "saya overstay"],
  agency_issue: ["agen tidak mau bantu", "mau ganti majikan"],
  go_home: ["saya mau pulang ke indonesia", "gak ada uang buat tiket pulang"],
  contact_embassy: ["nomor KBRI berapa", "alamat KJRI hong kong"],
  human_agent: ["mau bicara dengan petugas", "tolong telepon saya balik"],
  finance: ["cara kirim uang ke indonesia", "kurs ringgit hari ini"],
  greeting: ["halo", "assalamualaikum"],
  thanks: ["terima kasih", "makasih ya"],
  goodbye: ["dadah", "sampai jumpa"],
  out_of_scope: ["resep nasi goreng", "siapa yang menang bola"],
};

describe("classifier", () => {
  for (const intent of INTENTS) {
    it.each(CLEAR[intent])(`${intent}: %s`, (text) => {
      expect(classifier.classify(text).intent).toBe(intent);
    });
  }

  it("flags danger for emergency and self-harm, and not for harmless messages", () => {
    expect(classifier.classify("tolong").danger).toBe(true);
    expect(classifier.classify("pengen mati aja").danger).toBe(true);
    expect(classifier.classify("dulu majikan pernah pukul saya, sekarang sudah pindah")).toMatchObject({ intent: "physical_abuse", danger: false });
    expect(classifier.classify("tolong info nomor KBRI")).toMatchObject({ intent: "contact_embassy", danger: false });
    expect(classifier.classify("terima kasih sudah menolong")).toMatchObject({ intent: "thanks", danger: false });
  });

  it("takes the most urgent of several problems", () => {
    expect(classifier.classify("gaji belum dibayar dan saya sering dipukul").intent).toBe("physical_abuse");
  });

  it("gives a confidence in [0, 1], a language and a place", () => {
    const u = classifier.classify("sy di hongkong, paspor ditahan majikan");
    expect(u.confidence).toBeGreaterThan(0);
    expect(u.confidence).toBeLessThanOrEqual(1);
    expect(u.language).toBe("id");
    expect(u.place).toEqual({ country: "HK", city: "Hong Kong" });
    expect(classifier.classify("p").language).toBe("und");
  });

  it("puts out-of-domain text in out_of_scope", () => {
    expect(classifier.classify("qwerty zxcv").intent).toBe("out_of_scope");
  });
});

describe("training corpus", () => {
  it("has at least 40 items for every intent, with danger on every emergency and self-harm item", () => {
    for (const intent of INTENTS) {
      expect(CORPUS.filter((c) => c.intent === intent).length, intent).toBeGreaterThanOrEqual(40);
    }
    expect(CORPUS.filter((c) => (c.intent === "emergency" || c.intent === "self_harm") && !c.danger)).toEqual([]);
  });

  it("shares no message with the dev or held-out sets", () => {
    const seen = new Set(CORPUS.map((c) => c.text.toLowerCase().trim()));
    for (const set of ["dev", "holdout"]) {
      expect(readDataSet(set).filter((i) => seen.has(i.text.toLowerCase().trim())).map((i) => i.text), set).toEqual([]);
    }
  });
});

describe("blind sets", () => {
  it("share with the corpus only short formulas that were in it before they were written", () => {
    // The blind sets were written without seeing the corpus; a few greetings, thanks, "sos" and one
    // Javanese sentence coincide with lines the corpus already had. No longer line may coincide.
    const seen = new Set(CORPUS.map((c) => c.text.toLowerCase().trim()));
    for (const set of ["blind-a", "blind-b", "blind-c", "blind-d"]) {
      const shared = readDataSet(set).filter((i) => seen.has(i.text.toLowerCase().trim())).map((i) => i.text);
      // blind-d's "i want to end my life" (written blind) coincides with an older corpus line.
      const known = new Set(["i want to end my life"]);
      expect(shared.filter((t) => t.split(/\s+/).length > 5 && !known.has(t.toLowerCase())), set).toEqual([]);
    }
  });
});

describe("phone classifier (corpus only): targets on dev, regression guards on every set", () => {
  // dev meets the targets (danger recall ≥ 0.98, false danger ≤ 0.05, accuracy ≥ 0.85). The other
  // sets are guarded at their measured level with one message of slack (figures: README). The
  // learnt sets (data/learnt/) have had their errors read while tuning and train the full
  // classifier (full-classifier.test.ts), never this one; blind-final1 has never been read.
  it.each([
    // set, accuracy ≥, danger recall ≥, false danger ≤
    ["dev", 0.85, 0.98, 0.05],
    ["blind-final1", 0.91, 0.94, 0.03],
    ["blind-ga", 0.89, 0.96, 0.08],
    ["blind-gb", 0.87, 0.93, 0.055],
    ["blind-gc", 0.87, 0.92, 0.06],
    ["blind-gd", 0.86, 0.93, 0.07],
    ["blind-ge", 0.93, 0.95, 0.065],
    ["blind-gf", 0.9, 0.89, 0.04],
    ["blind-ha", 0.89, 0.97, 0.095],
    ["blind-hb", 0.86, 0.92, 0.065],
    ["blind-hc", 0.84, 0.96, 0.085],
    ["blind-hd", 0.86, 0.92, 0.065],
    ["blind-he", 0.83, 0.89, 0.045],
    ["blind-hf", 0.87, 0.89, 0.08],
    ["blind-a", 0.95, 0.98, 0.055],
    ["blind-b", 0.93, 0.98, 0.03],
    ["blind-ba", 0.86, 0.95, 0.07],
    ["blind-bb", 0.91, 0.97, 0.07],
    ["blind-bc", 0.87, 0.98, 0.1],
    ["blind-bd", 0.89, 0.95, 0.04],
    ["blind-be", 0.79, 0.92, 0.1],
    ["blind-bf", 0.89, 0.95, 0.075],
    ["blind-c", 0.94, 0.98, 0.02],
    ["blind-ca", 0.83, 0.95, 0.06],
    ["blind-cb", 0.84, 0.94, 0.08],
    ["blind-cc", 0.85, 0.96, 0.105],
    ["blind-cd", 0.84, 0.93, 0.06],
    ["blind-ce", 0.89, 0.95, 0.05],
    ["blind-cf", 0.82, 0.94, 0.085],
    ["blind-d", 0.93, 0.98, 0.02],
    ["blind-da", 0.83, 0.94, 0.1],
    ["blind-db", 0.85, 0.93, 0.045],
    ["blind-dc", 0.87, 0.97, 0.07],
    ["blind-dd", 0.85, 0.94, 0.055],
    ["blind-de", 0.87, 0.96, 0.07],
    ["blind-df", 0.86, 0.93, 0.04],
    ["blind-e", 0.97, 0.98, 0.015],
    ["blind-ea", 0.88, 0.97, 0.085],
    ["blind-eb", 0.89, 0.91, 0.065],
    ["blind-ec", 0.83, 0.96, 0.095],
    ["blind-ed", 0.79, 0.94, 0.14],
    ["blind-ee", 0.86, 0.95, 0.045],
    ["blind-ef", 0.84, 0.95, 0.1],
    ["blind-f", 0.91, 0.98, 0.015],
    ["blind-fa", 0.84, 0.93, 0.105],
    ["blind-fb", 0.8, 0.94, 0.07],
    ["blind-fc", 0.86, 0.94, 0.07],
    ["blind-fd", 0.85, 0.93, 0.075],
    ["blind-fe", 0.88, 0.95, 0.055],
    ["blind-ff", 0.86, 0.93, 0.03],
    ["blind-g", 0.92, 0.97, 0.06],
    ["blind-h", 0.91, 0.97, 0.04],
    ["blind-i", 0.92, 0.99, 0.05],
    ["blind-j", 0.94, 0.99, 0.02],
    ["blind-k", 0.93, 0.99, 0.04],
    ["blind-l", 0.9, 0.97, 0.025],
    ["blind-m", 0.92, 0.99, 0.035],
    ["blind-n", 0.92, 0.99, 0.035],
    ["blind-o", 0.85, 0.99, 0.055],
    ["blind-p", 0.9, 0.99, 0.035],
    ["blind-q", 0.85, 0.99, 0.01],
    ["blind-r", 0.91, 0.98, 0.02],
    ["blind-s", 0.88, 0.99, 0.05],
    ["blind-t", 0.94, 0.99, 0.065],
    ["blind-u", 0.9, 0.99, 0.045],
    ["blind-v", 0.88, 0.99, 0.045],
    ["blind-w", 0.9, 0.99, 0.03],
    ["blind-x", 0.9, 0.99, 0.025],
    ["blind-y", 0.87, 0.98, 0.06],
    ["blind-z", 0.89, 0.99, 0.02],
    ["pairs", 0.77, 0.98, 0.29],
    ["secret-pairs", 0.78, 0.98, 0.04],
  ] as const)("%s: accuracy ≥ %s, danger recall ≥ %s, false danger ≤ %s", (set, accuracy, recall, falseDanger) => {
    const items = readDataSet(set);
    expect(items.length).toBeGreaterThanOrEqual(200);
    expectFigures(classifier, items, accuracy, recall, falseDanger);
  });
});

describe("writing in secret", () => {
  it("raises the flag on a problem she writes about in secret, with no threat named", () => {
    const u = classifier.classify("paspor sy ditahan majikan, ini ngetik diam2 di toilet");
    expect(u.intent).toBe("document_held");
    expect(u.danger).toBe(true);
  });

  it("does not read 'while she is out' or a taken phone alone as writing in secret", () => {
    expect(classifier.classify("kalo majikan ngunci sy di rumah pas dia pergi, itu boleh gk menurut hukum?").danger).toBe(false);
    expect(classifier.classify("kafil ambil hp sy dan gk bolehin sy ketemu org indo lain").danger).toBe(false);
  });
});
