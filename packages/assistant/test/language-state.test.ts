import { describe, expect, it } from "vitest";
import { conversationStateSchema, MESSAGES, startConversation } from "../src/index.js";
import { directory, KEMLU, NOW, say, stateIn, understood } from "./helpers.js";

describe("replies in her language", () => {
  it("English", () => {
    expect(say(stateIn("HK"), understood("greeting", { language: "en" })).replies[0]!.text).toMatch(/^Hello/);
  });

  it("Javanese where we have it, Indonesian otherwise", () => {
    expect(say(stateIn("HK"), understood("greeting", { language: "jv" })).replies[0]!.text).toMatch(/Critakna wae/);
    const wage = say(stateIn("HK"), understood("wage_issue", { language: "jv" }));
    expect(wage.replies[0]!.text).toMatch(/^Kamu berhak dibayar penuh/);
    expect(wage.state.language).toBe("jv");
  });

  it("Malay and Sundanese get Indonesian; an undetermined message keeps the last language", () => {
    expect(say(stateIn("MY"), understood("thanks", { language: "ms" })).replies[0]!.text).toMatch(/^Sama-sama/);
    expect(say(stateIn("HK"), understood("thanks", { language: "su" })).state.language).toBe("id");
    expect(say(stateIn("HK", null, "en"), understood("greeting", { language: "und" })).replies[0]!.text).toMatch(/^Hello/);
  });

  it("every message exists in Indonesian and English, with the same {values}", () => {
    for (const [key, text] of Object.entries(MESSAGES)) {
      expect(text.id.length, key).toBeGreaterThan(0);
      expect(text.en.length, key).toBeGreaterThan(0);
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(text.en), key).toEqual(names(text.id));
      if ("jv" in text && text.jv) expect(names(text.jv), key).toEqual(names(text.id));
    }
  });
});

describe("conversation state", () => {
  it("keeps no message text and is valid JSON for the schema", () => {
    const secret = "ya majikan saya Tuan Rahasia memukul saya di Jalan Mawar 7";
    let state = stateIn(null);
    for (const [u, text] of [
      [understood("physical_abuse", { place: { country: "HK", city: "Kowloon" } }), secret],
      [understood("out_of_scope", { confidence: 0.2 }), secret],
    ] as const) {
      state = say(state, u, text).state;
    }
    const stored = JSON.stringify(state);
    expect(stored).not.toMatch(/Rahasia|Mawar|memukul/);
    expect(conversationStateSchema.parse(JSON.parse(stored))).toEqual(state);
  });

  it("rejects a tampered state", () => {
    expect(conversationStateSchema.safeParse({ ...stateIn("HK"), country: "Hong Kong" }).success).toBe(false);
    expect(conversationStateSchema.safeParse({ ...stateIn("HK"), lastIntent: "chitchat" }).success).toBe(false);
  });

  it("does not change the state it is given", () => {
    const state = stateIn("HK");
    const copy = structuredClone(state);
    say(state, understood("emergency", { danger: true }));
    expect(state).toEqual(copy);
  });

  it("counts turns", () => {
    const one = say(stateIn("HK"), understood("greeting"));
    expect(say(one.state, understood("thanks")).state.counters.turns).toBe(2);
  });
});

describe("startConversation", () => {
  it("welcomes her with the menu and the emergency buttons of her country", () => {
    const { state, replies } = startConversation({ country: "hk" }, directory, { now: NOW });
    expect(state.country).toBe("HK");
    expect(replies[0]!.actions.length).toBe(7);
    expect(replies[1]!.actions.map((a) => a.value)).toEqual(["999", "+85252422240", "+85267730466"]);
    expect(conversationStateSchema.parse(state)).toEqual(state);
  });

  it("without a country: the Kemlu hotline; an unknown country is not stored", () => {
    expect(startConversation({}, directory, { now: NOW }).replies[1]!.actions.map((a) => a.value)).toEqual([KEMLU]);
    expect(startConversation({ country: "FR" }, directory, { now: NOW }).state.country).toBeNull();
  });

  it("in English", () => {
    const { state, replies } = startConversation({ language: "en" }, directory, { now: NOW });
    expect(state.language).toBe("en");
    expect(replies[0]!.text).toMatch(/^Hello/);
  });
});
