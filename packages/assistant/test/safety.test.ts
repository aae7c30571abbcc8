import { INTENTS } from "@safetravel/nlu";
import { describe, expect, it } from "vitest";
import { allActions, allText, directoryNumbers, KEMLU, say, stateIn, understood } from "./helpers.js";

const dangerNow = understood("emergency", { danger: true });

describe("danger: numbers first, without asking anything first", () => {
  it("Hong Kong: police 999 and the KJRI hotline as call buttons in the first reply", () => {
    const result = say(stateIn("HK"), dangerNow);
    const first = result.replies[0]!;
    expect(first.actions).toContainEqual({ kind: "call", label: "Telepon polisi 999", value: "999" });
    expect(first.actions).toContainEqual(expect.objectContaining({ kind: "call", value: "+85252422240" }));
    expect(first.text).not.toContain("?");
    expect(first.text).toContain("999");
    expect(result.actions?.map((a) => a.value)).toEqual(["999", "+85252422240"]);
  });

  it("gives short safety advice: WhatsApp the mission if she cannot speak, move somewhere safer, phone on silent", () => {
    const result = say(stateIn("HK"), dangerNow);
    const advice = result.replies[1]!;
    expect(advice.text).toMatch(/tidak bisa bicara/);
    expect(advice.text).toMatch(/tempat yang lebih aman/);
    expect(advice.text).toMatch(/senyap/);
    expect(advice.actions).toContainEqual(expect.objectContaining({ kind: "whatsapp", value: "+85267730466" }));
  });

  it("Singapore: SMS 71999 for when she cannot speak, and ambulance 995", () => {
    const result = say(stateIn("SG"), dangerNow);
    expect(result.replies[0]!.actions.map((a) => a.value)).toEqual(["999", "995", "+6592953964"]);
    expect(result.replies[1]!.actions).toEqual([{ kind: "sms", label: "SMS polisi 71999", value: "71999" }]);
  });

  it("offers to alert an officer now, with quick replies, and opens nothing yet", () => {
    const result = say(stateIn("HK"), dangerNow);
    const offer = result.replies.at(-1)!;
    expect(offer.actions.map((a) => [a.kind, a.value])).toEqual([
      ["reply", "Ya, hubungi petugas"],
      ["reply", "Tidak sekarang"],
    ]);
    expect(result.handoff).toBeUndefined();
    expect(result.state).toMatchObject({ officerOffered: true, danger: true, offerReason: "emergency" });
  });

  it("in English: 'Yes, alert an officer'", () => {
    const result = say(stateIn("HK"), understood("emergency", { danger: true, language: "en" }));
    expect(result.replies[0]!.text).toMatch(/call the police on 999/);
    expect(result.replies.at(-1)!.actions[0]!.value).toBe("Yes, alert an officer");
  });

  it("country unknown: the Kemlu 24 h hotline as a call button, the police numbers, and the country asked in the same turn", () => {
    const result = say(stateIn(null), dangerNow);
    const first = result.replies[0]!;
    expect(first.actions).toEqual([{ kind: "call", label: "Hotline Kemlu 24 jam", value: KEMLU }]);
    expect(first.text).toMatch(/telepon polisi/);
    expect(first.text).toMatch(/999 \(Malaysia, Singapura, Hong Kong/);
    expect(first.text).toMatch(/110 \(Taiwan, Jepang\)/);
    const ask = result.replies.find((r) => r.text.includes("Kamu sekarang di negara mana"))!;
    expect(ask.actions.map((a) => a.value)).toContain("Saya di Hong Kong");
    expect(result.state.asked).toBe("country");
    expect(result.state.officerOffered).toBe(true);
  });

  it("once she names the country, gives that country's numbers", () => {
    const first = say(stateIn(null), dangerNow);
    const second = say(first.state, understood("out_of_scope", { confidence: 0.2, place: { country: "SG" } }), "Saya di Singapura");
    expect(second.replies[0]!.actions.map((a) => a.value)).toEqual(["999", "995", "+6592953964"]);
    expect(second.state.country).toBe("SG");
  });

  it("trusts the danger flag over the intent and a low confidence", () => {
    const hit = say(stateIn("MY", "Johor Bahru"), understood("physical_abuse", { danger: true }));
    expect(hit.replies[0]!.actions.map((a) => a.value)).toEqual(["999", "+60105288040", "+60105288040"]);
    expect(hit.state.offerReason).toBe("physical_abuse");
    const unsure = say(stateIn("TW"), understood("out_of_scope", { confidence: 0.1, danger: true }));
    expect(unsure.replies[0]!.actions.map((a) => a.value)).toContain("110");
  });

  it("a mission without a number shows the Kemlu hotline, visibly", () => {
    const result = say(stateIn("MY", "Penang"), dangerNow);
    expect(result.replies[0]!.text).toMatch(/KJRI Penang belum punya nomor yang pasti\. Telepon Hotline Kemlu 24 jam/);
    expect(result.replies[0]!.actions.map((a) => a.value)).toEqual(["999", KEMLU]);
  });
});

describe("self-harm", () => {
  it("a number to call now, the mission, and a person; no crisis line the data does not have", () => {
    const result = say(stateIn("TW"), understood("self_harm", { danger: true }));
    expect(result.replies[0]!.text).toMatch(/tidak sendiri/);
    const values = allActions(result).filter((a) => a.kind !== "reply").map((a) => a.value);
    expect(values).toEqual(["119", "+886901132000"]);
    expect(allText(result)).not.toMatch(/Layanan yang bisa mendengarkanmu/);
    expect(result.replies.at(-1)!.text).toMatch(/petugas/);
    expect(result.state).toMatchObject({ officerOffered: true, offerReason: "self_harm", danger: true });
    expect(result.handoff).toBeUndefined();
  });

  it("country unknown: the Kemlu hotline and the question where she is", () => {
    const result = say(stateIn(null), understood("self_harm", { danger: true }));
    expect(allActions(result)).toContainEqual(expect.objectContaining({ kind: "call", value: KEMLU }));
    expect(result.state.asked).toBe("country");
  });
});

describe("every number offered is the directory's", () => {
  it("holds for every intent in every country, and with no country", () => {
    const known = directoryNumbers();
    for (const country of ["HK", "MY", "SG", "TW", "SA", "BN", "KR", "JP", "AE", "QA", "KW", "OM", "JO", null]) {
      for (const intent of INTENTS) {
        for (const danger of [false, true]) {
          const result = say(stateIn(country), understood(intent, { danger }));
          for (const action of allActions(result)) {
            if (action.kind === "call" || action.kind === "whatsapp" || action.kind === "sms") {
              expect(known.has(action.value), `${country} ${intent}: ${action.value}`).toBe(true);
              expect(action.value).toMatch(/^\+?[0-9]+$/);
            }
          }
        }
      }
    }
  });
});

describe("hand-off only with her yes", () => {
  it("never hands off on any intent by itself", () => {
    for (const intent of INTENTS) {
      expect(say(stateIn("HK"), understood(intent)).handoff, intent).toBeUndefined();
      expect(say(stateIn("HK"), understood(intent, { danger: true })).handoff, intent).toBeUndefined();
    }
  });

  it("a quick 'ya' after the offer hands off, with the reason and the danger", () => {
    const offered = say(stateIn("HK", "Kowloon"), dangerNow);
    const yes = say(offered.state, understood("out_of_scope", { confidence: 0.2 }), "ya");
    expect(yes.handoff).toEqual({ reason: "emergency", danger: true, country: "HK", city: "Kowloon" });
    expect(yes.replies[0]!.text).toMatch(/secepatnya/);
    expect(allText(yes)).not.toMatch(/menit|minute/);
    expect(yes.replies[1]!.actions.map((a) => a.value)).toContain("999");
    expect(yes.state).toMatchObject({ officerAccepted: true, officerOffered: false });
  });

  it.each(["mau", "Yes, alert an officer", "iya", "nggih", "iya kak, tolong hubungi petugas", "ok please"])("'%s' after an offer is a yes", (text) => {
    const offered = say(stateIn("SG"), understood("wage_issue"));
    expect(say(offered.state, understood("greeting", { confidence: 0.3 }), text).handoff).toMatchObject({ reason: "wage_issue", danger: false });
  });

  it.each(["mau pulang ke indonesia tapi gak ada uang", "ya gaji saya juga belum dibayar", "ok skrg majikan pergi"])(
    "a new message that starts with a yes word is not a yes: %s",
    (text) => {
      const offered = say(stateIn("HK"), understood("physical_abuse", { danger: true }));
      const next = say(offered.state, understood("go_home"), text);
      expect(next.handoff).toBeUndefined();
      expect(next.state.officerAccepted).toBeFalsy();
    },
  );

  it.each(["Tidak sekarang", "Not now", "gak usah kak", "nanti aja"])("'%s' after an offer declines it", (text) => {
    const offered = say(stateIn("HK"), understood("wage_issue"));
    const next = say(offered.state, understood("out_of_scope", { confidence: 0.2 }), text);
    expect(next.handoff).toBeUndefined();
    expect(next.state.officerOffered).toBe(false);
  });

  it("asking for an officer after an offer hands off", () => {
    const offered = say(stateIn("HK"), understood("document_held"));
    const result = say(offered.state, understood("human_agent"), "Ya, hubungi petugas");
    expect(result.handoff).toEqual({ reason: "document_held", danger: false, country: "HK" });
    expect(result.replies).toHaveLength(1);
  });

  it("asking for an officer without an offer asks her consent first", () => {
    const ask = say(stateIn("HK"), understood("human_agent"), "mau bicara sama petugas");
    expect(ask.handoff).toBeUndefined();
    expect(ask.replies[0]!.text).toMatch(/Boleh\?/);
    const yes = say(ask.state, understood("out_of_scope", { confidence: 0.1 }), "boleh");
    expect(yes.handoff).toEqual({ reason: "human_agent", danger: false, country: "HK" });
  });

  it("'Tidak sekarang' declines, and a later 'ya' opens nothing", () => {
    const offered = say(stateIn("HK"), understood("wage_issue"));
    const no = say(offered.state, understood("out_of_scope", { confidence: 0.2 }), "Tidak sekarang");
    expect(no.handoff).toBeUndefined();
    expect(no.replies[0]!.text).toMatch(/tidak apa-apa/);
    expect(say(no.state, understood("out_of_scope", { confidence: 0.2 }), "ya").handoff).toBeUndefined();
  });

  it("an offer left unanswered for 12 hours expires", () => {
    const offered = say(stateIn("HK"), understood("wage_issue"));
    const later = say(offered.state, understood("out_of_scope", { confidence: 0.2 }), "ya", offered.state.updatedAt + 13 * 3600_000);
    expect(later.handoff).toBeUndefined();
  });

  it("after her yes, new danger updates the case and shows the numbers", () => {
    const offered = say(stateIn("HK"), understood("wage_issue"));
    const accepted = say(offered.state, understood("human_agent"));
    const again = say(accepted.state, dangerNow);
    expect(again.handoff).toEqual({ reason: "emergency", danger: true, country: "HK" });
    expect(again.replies[0]!.actions.map((a) => a.value)).toContain("999");
    expect(say(accepted.state, understood("human_agent")).replies[0]!.text).toMatch(/sudah diberi tahu/);
  });
});
