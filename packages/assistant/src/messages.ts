/**
 * Every text the assistant says, keyed, in Indonesian (id) and English (en), and in Javanese (jv)
 * for a few short ones; a key without jv falls back to Indonesian. Plain, short, warm words; no blame.
 * `{name}` marks a value filled in at run time.
 */
import type { ReplyLanguage } from "./state.js";

interface Text {
  id: string;
  en: string;
  jv?: string;
}

export const MESSAGES = {
  // Danger
  "danger.callNow": {
    id: "Kalau kamu dalam bahaya sekarang, telepon polisi {police} sekarang juga.",
    en: "If you are in danger now, call the police on {police} right away.",
    jv: "Yen kowe lagi ana bebaya, telpon polisi {police} saiki uga.",
  },
  "danger.ambulance": { id: "Ambulans: {ambulance}.", en: "Ambulance: {ambulance}." },
  "danger.noCountry": {
    id: "Kalau kamu dalam bahaya, telepon polisi di negara tempatmu sekarang. Nomor polisi: {list}.",
    en: "If you are in danger, call the local police now. Police numbers: {list}.",
  },
  "danger.cannotSpeakSms": {
    id: "Kalau tidak bisa bicara, kirim SMS ke polisi: {sms}.",
    en: "If you cannot speak, send an SMS to the police: {sms}.",
  },
  "danger.cannotSpeakWhatsapp": {
    id: "Kalau tidak bisa bicara, kirim WhatsApp ke hotline {mission}: {number}.",
    en: "If you cannot speak, send a WhatsApp message to the {mission} hotline: {number}.",
  },
  "danger.cannotSpeakChat": {
    id: "Kalau tidak bisa bicara, tulis saja di sini.",
    en: "If you cannot speak, just keep writing here.",
  },
  "danger.safety": {
    id: "Kalau bisa, pindah ke tempat yang lebih aman: dekat pintu keluar, jauh dari dapur dan benda tajam. Buat HP-mu senyap.",
    en: "If you can, move to a safer place: near a way out, away from the kitchen and sharp things. Put your phone on silent.",
  },
  "danger.ifAgain": {
    id: "Kalau kamu dalam bahaya, telepon polisi {police}.",
    en: "If you are in danger, call the police on {police}.",
  },

  // Mission and hotlines
  "mission.hotline": {
    id: "Hotline {mission}: {number} (info per {checked}).",
    en: "{mission} hotline: {number} (as of {checked}).",
  },
  "mission.hotlineUndated": { id: "Hotline {mission}: {number}.", en: "{mission} hotline: {number}." },
  "mission.noNumber": {
    id: "{mission} belum punya nomor yang pasti. Telepon Hotline Kemlu 24 jam: {number}.",
    en: "{mission} has no confirmed number yet. Call the Kemlu 24-hour hotline: {number}.",
  },
  "kemlu.hotline": {
    id: "Hotline Kemlu 24 jam (bisa dari negara mana saja): {number}.",
    en: "Kemlu 24-hour hotline (from any country): {number}.",
  },
  "contacts.intro": { id: "Yang bisa kamu hubungi:", en: "Who you can contact:" },
  "contacts.line": { id: "{name}: {number} (info per {checked})", en: "{name}: {number} (as of {checked})" },
  "contacts.lineUndated": { id: "{name}: {number}", en: "{name}: {number}" },

  // Country
  "country.ask": {
    id: "Kamu sekarang di negara mana? Supaya aku kasih nomor yang tepat.",
    en: "Which country are you in now? Then I can give you the right numbers.",
    jv: "Saiki kowe ana ing negara endi? Ben aku isa menehi nomer sing pas.",
  },
  "country.unknown": {
    id: "Aku belum tahu kamu di negara mana. Nomor ini bisa dipakai dari mana saja.",
    en: "I don't know which country you are in yet. These numbers work from anywhere.",
  },
  "country.tellMe": {
    id: "Kalau kamu sebut negaramu, aku bisa kasih nomor di dekatmu.",
    en: "If you tell me your country, I can give you numbers near you.",
  },
  "country.notInDirectory": {
    id: "Maaf, belum ada data untuk negara itu. Hotline Kemlu 24 jam tetap bisa dihubungi.",
    en: "Sorry, we have no data for that country yet. The Kemlu 24-hour hotline can still help.",
  },

  // Facts
  "fact.quote": { id: "Aturan di {country}: {text}", en: "The rule in {country}: {text}" },
  "fact.law": { id: "Dasar hukum: {law}.", en: "Law: {law}." },
  "fact.checked": { id: "(info per {checked})", en: "(as of {checked})" },
  "fact.unverified": {
    id: "(Info ini belum pasti. Cek lagi ke KBRI/KJRI.)",
    en: "(This is not confirmed. Please check with the embassy.)",
  },
  "fact.none": {
    id: "Belum ada info pasti untuk negara ini.",
    en: "We don't have confirmed information for this country yet.",
  },
  "fact.noneFor": {
    id: "Belum ada info pasti untuk negara ini tentang: {topics}.",
    en: "We don't have confirmed information for this country yet about: {topics}.",
  },
  "topic.passportRetention": { id: "menahan paspor", en: "keeping your passport" },
  "topic.restDay": { id: "hari libur", en: "rest days" },
  "topic.minimumWage": { id: "gaji minimum", en: "minimum wage" },
  "topic.changeEmployer": { id: "putus kontrak dan pindah majikan", en: "ending the contract and changing employer" },
  "topic.laborComplaint": { id: "tempat mengadu", en: "where to complain" },
  "topic.lostPassport": { id: "paspor hilang", en: "a lost passport" },

  // Officer and hand-off
  "offer.officerNow": {
    id: "Mau aku beri tahu petugas sekarang?",
    en: "Shall I alert an officer now?",
    jv: "Apa aku kabari petugas saiki?",
  },
  "offer.officer": {
    id: "Mau bicara dengan petugas? Petugas KBRI/KJRI atau Kemlu bisa membantu lewat chat ini.",
    en: "Would you like to talk to an officer? An officer from the embassy or Kemlu can help you in this chat.",
  },
  "offer.consent": {
    id: "Aku bisa menghubungkan kamu dengan petugas. Petugas akan membaca percakapan ini supaya bisa membantu. Boleh?",
    en: "I can connect you with an officer. The officer will read this conversation so they can help. Is that OK?",
  },
  "quick.yesOfficer": { id: "Ya, hubungi petugas", en: "Yes, alert an officer" },
  "quick.notNow": { id: "Tidak sekarang", en: "Not now" },
  "handoff.accepted": {
    id: "Baik. Aku sudah memberi tahu petugas. Petugas akan membalas di sini secepatnya. Kadang perlu waktu, jadi kamu boleh terus menulis di sini.",
    en: "OK. I have told an officer. An officer will answer here as soon as possible. It can take some time, so feel free to keep writing here.",
    jv: "Ya. Aku wis ngabari petugas. Petugas bakal mbales ing kene sakcepete. Kadang butuh wektu, dadi kowe oleh terus nulis ing kene.",
  },
  "handoff.waitDanger": {
    id: "Sambil menunggu: kalau bahaya datang, jangan tunggu balasan, langsung telepon nomor ini.",
    en: "While you wait: if danger comes, don't wait for an answer, call these numbers straight away.",
  },
  "handoff.already": {
    id: "Petugas sudah diberi tahu dan akan membalas di sini secepatnya.",
    en: "An officer has been told and will answer here as soon as possible.",
  },
  "handoff.declined": {
    id: "Baik, tidak apa-apa. Kalau nanti mau, tulis saja \"petugas\".",
    en: "That's fine. If you want one later, just write \"officer\".",
  },

  // Self-harm
  "selfHarm.open": {
    id: "Terima kasih sudah cerita. Kamu tidak sendiri, dan perasaan ini bisa ditolong.",
    en: "Thank you for telling me. You are not alone, and there is help for how you feel.",
  },
  "selfHarm.urgent": {
    id: "Kalau kamu sudah melukai diri atau merasa tidak aman sekarang, telepon {number}.",
    en: "If you have hurt yourself or don't feel safe now, call {number}.",
  },
  "selfHarm.crisisLine": { id: "Layanan yang bisa mendengarkanmu:", en: "A line that can listen to you:" },
  "selfHarm.person": {
    id: "Mau aku hubungkan dengan petugas sekarang, supaya ada orang yang bicara denganmu?",
    en: "Shall I connect you with an officer now, so that someone can talk with you?",
  },

  // Problems: openers and advice
  "physical_abuse.open": {
    id: "Maaf ini terjadi padamu. Ini bukan salahmu. Memukul dan menyakiti orang adalah kejahatan.",
    en: "I'm sorry this happened to you. It is not your fault. Hitting and hurting someone is a crime.",
  },
  "physical_abuse.advice": {
    id: "Kalau aman, foto lukamu dan catat tanggalnya. Periksa ke dokter.",
    en: "If it is safe, take photos of your injuries and write down the date. See a doctor.",
  },
  "sexual_abuse.open": {
    id: "Maaf ini terjadi padamu. Ini bukan salahmu. Kamu berhak aman dan dihormati.",
    en: "I'm sorry this happened to you. It is not your fault. You have the right to be safe and respected.",
  },
  "sexual_abuse.advice": {
    id: "Kalau aman, simpan bukti: pesan, foto, tanggal. Kalau kamu diperkosa, pergi ke rumah sakit secepatnya; kalau bisa jangan mandi dulu supaya bukti tetap ada.",
    en: "If it is safe, keep evidence: messages, photos, dates. If you were raped, go to a hospital as soon as you can; if possible don't wash first, so the evidence stays.",
  },
  "psychological_abuse.open": {
    id: "Kamu tidak pantas dihina atau diancam. Ini bukan salahmu.",
    en: "You don't deserve to be insulted or threatened. It is not your fault.",
  },
  "psychological_abuse.advice": {
    id: "Kalau aman, catat apa yang terjadi dan tanggalnya. Simpan pesan atau rekaman.",
    en: "If it is safe, write down what happened and when. Keep messages or recordings.",
  },
  "trafficking.open": {
    id: "Yang kamu ceritakan bisa jadi tanda perdagangan orang atau kerja paksa. Kamu korban, bukan pelaku.",
    en: "What you describe can be a sign of trafficking or forced labour. You are the victim, not the one to blame.",
  },
  "trafficking.advice": {
    id: "Kalau aman, simpan foto dokumen, nama agen atau sponsor, dan bukti pembayaran.",
    en: "If it is safe, keep photos of documents, the name of the agent or sponsor, and proof of payments.",
  },
  "confinement.open": {
    id: "Dikurung, HP diambil, atau dilarang menghubungi keluarga adalah tanda kerja paksa. UU 18/2017 menyebut akses berkomunikasi adalah hakmu.",
    en: "Being locked in, having your phone taken or being kept from your family are signs of forced labour. Indonesian law (UU 18/2017) names access to communication as your right.",
  },
  "confinement.advice": {
    id: "Kalau bisa, hafalkan atau simpan nomor hotline di tempat tersembunyi.",
    en: "If you can, learn the hotline number by heart or keep it somewhere hidden.",
  },
  "document_held.open": { id: "Paspor dan dokumenmu adalah milikmu.", en: "Your passport and documents belong to you." },
  "document_held.advice": {
    id: "Kalau bisa, foto paspor dan kontrakmu dan simpan salinannya.",
    en: "If you can, take photos of your passport and contract and keep copies.",
  },
  "wage_issue.open": {
    id: "Kamu berhak dibayar penuh dan tepat waktu sesuai kontrak.",
    en: "You have the right to be paid in full and on time, as your contract says.",
  },
  "wage_issue.advice": {
    id: "Catat gaji yang belum dibayar: bulan dan jumlahnya. Simpan slip gaji atau bukti transfer.",
    en: "Write down the unpaid salary: which months and how much. Keep pay slips or transfer receipts.",
  },
  "overwork.open": {
    id: "Kamu butuh istirahat, makan, dan tidur yang cukup.",
    en: "You need enough rest, food and sleep.",
  },
  "overwork.advice": {
    id: "Catat jam kerjamu dan hari liburmu. Itu membantu kalau kamu mengadu.",
    en: "Write down your working hours and days off. It helps if you make a complaint.",
  },
  "health.open": { id: "Kesehatanmu penting.", en: "Your health matters." },
  "health.urgent": {
    id: "Kalau parah atau darurat, telepon ambulans: {number}.",
    en: "If it is serious or an emergency, call an ambulance: {number}.",
  },
  "health.advice": {
    id: "Kalau majikan tidak mengizinkan kamu berobat, hubungi KBRI/KJRI.",
    en: "If your employer does not let you see a doctor, contact the embassy.",
  },
  "legal_status.open": {
    id: "Jangan panik. Jangan tanda tangani surat yang tidak kamu pahami. KBRI/KJRI bisa mendampingimu.",
    en: "Don't panic. Don't sign anything you don't understand. The embassy can help you.",
  },
  "legal_status.advice": {
    id: "Kalau kamu ditangkap, kamu boleh minta menghubungi KBRI/KJRI.",
    en: "If you are arrested, you can ask to contact the Indonesian embassy.",
  },
  "agency_issue.open": {
    id: "Kamu bisa mengadu tentang agen (P3MI) ke KP2MI dan ke KBRI/KJRI.",
    en: "You can complain about your agency (P3MI) to KP2MI and to the embassy.",
  },
  "agency_issue.advice": {
    id: "Simpan kontrak, kuitansi biaya, dan nama agenmu.",
    en: "Keep your contract, fee receipts and the name of your agency.",
  },
  "go_home.open": {
    id: "Kalau kamu mau pulang, KBRI/KJRI dan KP2MI bisa membantu mengurusnya.",
    en: "If you want to go home, the embassy and KP2MI can help you arrange it.",
  },
  "go_home.advice": {
    id: "Kalau paspormu hilang atau ditahan, KBRI/KJRI bisa memberi SPLP (surat jalan untuk pulang).",
    en: "If your passport is lost or held, the embassy can give you an SPLP (a travel document to go home).",
  },

  // Embassy card
  "embassy.address": { id: "Alamat: {address}", en: "Address: {address}" },
  "embassy.noAddress": { id: "Alamat: belum ada di data kami.", en: "Address: not in our data yet." },
  "embassy.checked": { id: "Info per {checked}.", en: "As of {checked}." },
  "embassy.laporDiri": {
    id: "Sudah lapor diri? Dengan lapor diri, KBRI/KJRI tahu kamu ada di sana dan lebih mudah membantu.",
    en: "Have you registered (lapor diri)? Then the embassy knows you are there and can help you more easily.",
  },

  // Finance
  "finance.juang": {
    id: "Untuk kirim uang, biaya transfer, tabungan, dan utang, pakai Juang. Juang membantu menghitung biaya kirim yang sebenarnya.",
    en: "For sending money home, fees, savings and debts, use Juang. It helps you see the true cost of sending money.",
  },

  // Small talk
  greeting: {
    id: "Halo, aku asisten Safe Travel. Ceritakan saja apa yang terjadi, aku bantu.",
    en: "Hello, I'm the Safe Travel assistant. Tell me what is happening and I'll help.",
    jv: "Halo, aku asisten Safe Travel. Critakna wae apa sing kedadeyan, tak bantu.",
  },
  thanks: {
    id: "Sama-sama. Jaga dirimu baik-baik.",
    en: "You're welcome. Take good care of yourself.",
    jv: "Sami-sami. Jaga awakmu apik-apik.",
  },
  goodbye: {
    id: "Sampai jumpa. Kalau butuh bantuan, tulis lagi kapan saja.",
    en: "Goodbye. If you need help, write again any time.",
    jv: "Sampai ketemu. Yen butuh bantuan, tulisen maneh kapan wae.",
  },
  notUnderstood: {
    id: "Maaf, aku belum paham. Pilih salah satu, atau tulis dengan kata lain:",
    en: "Sorry, I didn't understand. Choose one, or say it in other words:",
    jv: "Ngapunten, aku durung paham. Pilih salah siji, utawa tulis nganggo tembung liyane:",
  },
  start: {
    id: "Halo, aku asisten Safe Travel. Aku bisa bantu kalau kamu dalam bahaya, ada masalah kerja, gaji, paspor, atau mau hubungi KBRI/KJRI. Ceritakan saja.",
    en: "Hello, I'm the Safe Travel assistant. I can help if you are in danger, have problems with work, pay or your passport, or want to reach the embassy. Just tell me.",
    jv: "Halo, aku asisten Safe Travel. Aku isa mbantu yen kowe ana bebaya, ana masalah kerja, gaji, paspor, utawa arep ngubungi KBRI/KJRI. Critakna wae.",
  },

  "start.emergency": {
    id: "Kalau darurat, tekan tombol di bawah ini.",
    en: "In an emergency, tap a button below.",
    jv: "Yen darurat, pencet tombol ing ngisor iki.",
  },

  // Quick-reply menu (the value is the text sent, so it stays in the language shown)
  "menu.danger": { id: "Saya dalam bahaya", en: "I am in danger" },
  "menu.abuse": { id: "Saya dipukul majikan", en: "My employer hit me" },
  "menu.wage": { id: "Gaji saya tidak dibayar", en: "My salary is not paid" },
  "menu.passport": { id: "Paspor saya ditahan", en: "My passport is held" },
  "menu.embassy": { id: "Nomor KBRI/KJRI", en: "Embassy number" },
  "menu.officer": { id: "Bicara dengan petugas", en: "Talk to an officer" },
  "menu.money": { id: "Kirim uang", en: "Send money home" },

  // Action labels
  "label.police": { id: "Telepon polisi {number}", en: "Call police {number}" },
  "label.ambulance": { id: "Telepon ambulans {number}", en: "Call ambulance {number}" },
  "label.call": { id: "Telepon {name}", en: "Call {name}" },
  "label.whatsapp": { id: "WhatsApp {name}", en: "WhatsApp {name}" },
  "label.smsPolice": { id: "SMS polisi {number}", en: "SMS police {number}" },
  "label.kemlu": { id: "Hotline Kemlu 24 jam", en: "Kemlu 24-hour hotline" },
  "label.juang": { id: "Buka Juang", en: "Open Juang" },
  "label.laporDiri": { id: "Lapor diri", en: "Register (lapor diri)" },
  "label.country": { id: "Saya di {country}", en: "I am in {country}" },
} satisfies Record<string, Text>;

export type MessageKey = keyof typeof MESSAGES;

/** The text of `key` in `language` (Javanese falls back to Indonesian), with `{name}` values filled in. */
export function t(language: ReplyLanguage, key: MessageKey, values: Record<string, string | number> = {}): string {
  const text: Text = MESSAGES[key];
  const template = (language === "jv" ? text.jv : undefined) ?? (language === "en" ? text.en : text.id);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
