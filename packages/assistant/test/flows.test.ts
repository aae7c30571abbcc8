import { describe, expect, it } from "vitest";
import { CONFIDENCE_THRESHOLD, JUANG_PATH, LAPOR_DIRI_PATH } from "../src/index.js";
import { allActions, allText, KEMLU, say, stateIn, understood } from "./helpers.js";

const PROBLEMS = [
  "physical_abuse",
  "sexual_abuse",
  "psychological_abuse",
  "trafficking",
  "confinement",
  "document_held",
  "wage_issue",
  "overwork",
  "health",
  "legal_status",
  "agency_issue",
  "go_home",
] as const;

describe("problems: what the rule is, what to do, whom to contact, an officer", () => {
  it.each(PROBLEMS)("%s in Hong Kong: kind words, the KJRI hotline to tap, advice, and an offer of an officer", (intent) => {
    const result = say(stateIn("HK"), understood(intent));
    expect(result.replies.length).toBeGreaterThanOrEqual(4);
    expect(allActions(result)).toContainEqual(expect.objectContaining({ kind: "call", value: "+85252422240" }));
    expect(result.replies.at(-1)!.actions.map((a) => a.value)).toEqual(["Ya, hubungi petugas", "Tidak sekarang"]);
    expect(result.state).toMatchObject({ officerOffered: true, offerReason: intent, lastIntent: intent });
    expect(result.handoff).toBeUndefined();
  });

  it("wage in Hong Kong quotes the minimum wage, its law and date, and the Labour Department hotline", () => {
    const text = allText(say(stateIn("HK"), understood("wage_issue")));
    expect(text).toMatch(/Aturan di Hong Kong: Gaji minimum \(MAW\): HK\$5\.100/);
    expect(text).toMatch(/Dasar hukum: .*Cap\. 57/);
    expect(text).toMatch(/info per 2025-09-29/);
    expect(text).toMatch(/\+852 2157 9537/);
  });

  it("in English it quotes the English text", () => {
    const text = allText(say(stateIn("HK"), understood("wage_issue", { language: "en" })));
    expect(text).toMatch(/The rule in Hong Kong: Minimum Allowable Wage \(MAW\): HK\$5,100/);
  });

  it("says where the data has no fact, and never makes one up", () => {
    const uae = allText(say(stateIn("AE"), understood("wage_issue")));
    expect(uae).toMatch(/Belum ada info pasti untuk negara ini tentang: gaji minimum/);
    const brunei = allText(say(stateIn("BN"), understood("overwork")));
    expect(brunei).toMatch(/Belum ada info pasti untuk negara ini\./);
    expect(brunei).not.toMatch(/Aturan di/);
  });

  it("marks a fact the data has not confirmed", () => {
    expect(allText(say(stateIn("KR"), understood("overwork")))).toMatch(/Info ini belum pasti/);
  });

  it("passport held in Singapore: the Passports Act and MOM", () => {
    const result = say(stateIn("SG"), understood("document_held"));
    expect(allText(result)).toMatch(/Passports Act/);
    expect(allActions(result)).toContainEqual(expect.objectContaining({ kind: "call", value: "18003395505" }));
  });

  it("abuse points to shelters and NGOs, and to the police if in danger", () => {
    const result = say(stateIn("HK", "Kowloon"), understood("physical_abuse"));
    const values = allActions(result).map((a) => a.value);
    expect(values[0]).toBe("999");
    expect(values).toContain("+85293380035"); // Bethune House
    expect(values).toContain("+628111129129"); // SAPA 129 WhatsApp, reachable from abroad
    expect(values).not.toContain("129"); // only dialable inside Indonesia
    expect(allText(result)).toMatch(/bukan salahmu/);
  });

  it("trafficking in Malaysia: the anti-trafficking line, LPSK and KP2MI", () => {
    const values = allActions(say(stateIn("MY"), understood("trafficking"))).map((a) => a.value);
    expect(values).toEqual(expect.arrayContaining(["+60380008000", "+622129244800", "+6285770010048"]));
  });

  it("health gives the ambulance number", () => {
    expect(allActions(say(stateIn("SG"), understood("health"))).map((a) => a.value)).toContain("995");
  });

  it("uses the mission that serves her city", () => {
    const result = say(stateIn("MY", "Melaka"), understood("wage_issue"));
    expect(allText(result)).toMatch(/Hotline KJRI Johor Bahru: \+60 10-528 8040/);
  });
});

describe("her country: from the state, from what she writes, or asked once", () => {
  it("takes the country and city from what she writes", () => {
    const result = say(stateIn(null), understood("contact_embassy", { place: { country: "MY", city: "Johor Bahru" } }));
    expect(result.state).toMatchObject({ country: "MY", city: "Johor Bahru" });
    expect(result.replies[0]!.text).toMatch(/KJRI\) Johor Bahru/);
  });

  it("asks once, then answers the question she had", () => {
    const asked = say(stateIn(null), understood("wage_issue"));
    expect(asked.replies.at(-1)!.actions.map((a) => a.value)).toEqual(expect.arrayContaining(["Saya di Hong Kong", "Saya di Arab Saudi"]));
    expect(asked.state).toMatchObject({ asked: "country", pendingIntent: "wage_issue" });
    const answered = say(asked.state, understood("out_of_scope", { confidence: 0.3, place: { country: "HK" } }), "Saya di Hong Kong");
    expect(allText(answered)).toMatch(/HK\$5\.100/);
    expect(answered.state).toMatchObject({ country: "HK", asked: "officer", pendingIntent: null });
  });

  it("reads the country from her answer when the classifier found no place", () => {
    const asked = say(stateIn(null), understood("contact_embassy"));
    const answered = say(asked.state, understood("out_of_scope", { confidence: 0.2 }), "arab saudi");
    expect(answered.state.country).toBe("SA");
    expect(answered.replies[0]!.text).toMatch(/KBRI\) Riyadh/);
  });

  it("does not ask twice: then answers with help that works from anywhere", () => {
    const asked = say(stateIn(null), understood("wage_issue"));
    const ignored = say(asked.state, understood("document_held"));
    expect(ignored.state.counters.countryAsked).toBe(1);
    expect(allText(ignored)).toMatch(/Aku belum tahu kamu di negara mana/);
    expect(allActions(ignored)).toContainEqual(expect.objectContaining({ kind: "call", value: KEMLU }));
  });

  it("a country the directory does not know: the Kemlu hotline, and nothing stored", () => {
    const asked = say(stateIn(null), understood("wage_issue"));
    const result = say(asked.state, understood("out_of_scope", { confidence: 0.2, place: { country: "FR" } }), "Saya di Prancis");
    expect(result.state.country).toBeNull();
    expect(allText(result)).toMatch(/belum ada data untuk negara itu/);
    expect(allActions(result)).toEqual([expect.objectContaining({ value: KEMLU })]);
  });
});

describe("contact_embassy", () => {
  it("gives the mission card with its checked date and a link to lapor diri", () => {
    const result = say(stateIn("HK"), understood("contact_embassy"));
    const card = result.replies[0]!;
    expect(card.text).toMatch(/Konsulat Jenderal Republik Indonesia \(KJRI\) Hong Kong/);
    expect(card.text).toMatch(/Alamat: 127-129 Leighton Road/);
    expect(card.text).toMatch(/\+852 5242 2240/);
    expect(card.text).toMatch(/Info per 2025-09-23/);
    expect(allActions(result)).toContainEqual({ kind: "link", label: "Lapor diri", value: LAPOR_DIRI_PATH });
  });

  it("says when the address is not known, and falls back to Kemlu where the mission has no number", () => {
    const kk = say(stateIn("MY", "Sandakan"), understood("contact_embassy")).replies[0]!;
    expect(kk.text).toMatch(/KJRI\) Kota Kinabalu/);
    expect(kk.text).toMatch(/Alamat: belum ada di data kami/);
    expect(kk.text).toMatch(/Hotline Kemlu 24 jam: \+62 812 9007 0027/);
    expect(kk.actions).toEqual([{ kind: "call", label: "Hotline Kemlu 24 jam", value: KEMLU }]);
  });
});

describe("finance, small talk and not understood", () => {
  it("finance points to Juang", () => {
    const result = say(stateIn("HK"), understood("finance"));
    expect(result.replies).toHaveLength(1);
    expect(result.replies[0]!.actions).toEqual([{ kind: "link", label: "Buka Juang", value: JUANG_PATH }]);
  });

  it("greeting, thanks and goodbye are short and kind", () => {
    expect(say(stateIn("HK"), understood("greeting")).replies[0]!.text).toMatch(/^Halo/);
    expect(say(stateIn("HK"), understood("thanks")).replies).toEqual([{ text: "Sama-sama. Jaga dirimu baik-baik.", actions: [] }]);
    const bye = say(stateIn("HK"), understood("goodbye"));
    expect(bye.replies[0]!.text).toMatch(/tulis lagi kapan saja/);
    expect(bye.replies[0]!.actions).toEqual([{ kind: "call", label: "Telepon polisi 999", value: "999" }]);
    for (const intent of ["greeting", "thanks", "goodbye", "finance"] as const) {
      expect(say(stateIn("HK"), understood(intent)).state.officerOffered).toBe(false);
    }
  });

  it("out of scope: not understood, with a short menu of topics", () => {
    const result = say(stateIn("HK"), understood("out_of_scope"));
    expect(result.replies[0]!.text).toMatch(/belum paham/);
    expect(result.replies[0]!.actions.map((a) => a.value)).toEqual([
      "Saya dalam bahaya",
      "Saya dipukul majikan",
      "Gaji saya tidak dibayar",
      "Paspor saya ditahan",
      "Nomor KBRI/KJRI",
      "Bicara dengan petugas",
      "Kirim uang",
    ]);
  });

  it(`a confidence below ${CONFIDENCE_THRESHOLD} is not understood; twice in a row also offers an officer`, () => {
    expect(CONFIDENCE_THRESHOLD).toBe(0.5);
    const once = say(stateIn("HK"), understood("wage_issue", { confidence: 0.49 }));
    expect(once.replies).toHaveLength(1);
    expect(once.replies[0]!.text).toMatch(/belum paham/);
    const twice = say(once.state, understood("wage_issue", { confidence: 0.3 }));
    expect(twice.replies).toHaveLength(2);
    expect(twice.state.officerOffered).toBe(true);
    const understoodNow = say(twice.state, understood("wage_issue", { confidence: 0.5 }));
    expect(allText(understoodNow)).toMatch(/HK\$5\.100/);
    expect(understoodNow.state.counters.notUnderstood).toBe(0);
  });
});
