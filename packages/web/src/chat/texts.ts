/** The chat screen's own texts (the assistant's replies come from @safetravel/assistant). */
export const CHAT_TEXTS = {
  id: {
    title: "Tanya asisten",
    intro: "Tulis masalahmu dengan kata-katamu sendiri. Rahasia. Dalam bahaya? Telepon langsung.",
    logLabel: "Percakapan dengan asisten",
    you: "Kamu",
    assistant: "Asisten",
    inputLabel: "Tulis pesan",
    placeholder: "Tulis di sini…",
    send: "Kirim",
    sending: "Mengirim…",
    thinking: "Asisten sedang menjawab…",
    listen: "Bicara",
    listening: "Mendengarkan… ketuk untuk berhenti",
    listenFailed: "Suara tidak bisa ditangkap. Silakan ketik pesannya.",
    readAloud: "Bacakan",
    stopReading: "Berhenti",
    keep: "Simpan percakapan ini",
    keepHint: "Mati: tidak ada yang disimpan di HP. Nyala: disimpan sampai tab ini ditutup atau kamu tekan Keluar.",
    online: "Terhubung. Jawaban dari server Safe Travel.",
    offline: "Kamu sedang offline. Jawaban datang dari HP ini; nomor darurat tetap bisa ditelepon.",
    pinned: "Telepon sekarang",
    loading: "Menyiapkan asisten…",
    loadFailed: "Asisten tidak bisa dibuka. Buka Darurat untuk nomor telepon.",
    openEmergency: "Buka Darurat",
    handoffAsk:
      "Kamu sedang offline, jadi petugas belum bisa diberi tahu. Boleh aku kirim permintaanmu ke petugas saat sinyal kembali? Yang dikirim: pesan terakhirmu tentang masalah ini dan permintaan bicara dengan petugas. Sampai terkirim, disimpan di HP ini (tombol Keluar menghapusnya).",
    handoffYes: "Ya, kirim saat ada sinyal",
    handoffNo: "Jangan kirim",
    handoffQueued: "Disimpan. Akan dikirim ke petugas begitu ada sinyal. Dalam bahaya? Jangan tunggu, telepon nomor di atas.",
    handoffDeclined: "Baik, tidak dikirim. Kalau nanti mau, tulis \"petugas\".",
    handoffSent: "Permintaanmu sudah terkirim. Petugas akan membalas di sini secepatnya.",
    handoffFailed: "Permintaanmu tidak bisa dikirim. Tulis \"petugas\" lagi atau telepon KBRI/KJRI.",
    handoffWaiting: "Menunggu sinyal untuk mengirim permintaanmu ke petugas.",
    caseOpen: "Petugas sudah diberi tahu dan akan membalas di sini.",
    error: "Pesan tidak terkirim: {{message}}",
    tooLong: "Pesan terlalu panjang. Persingkat lalu kirim lagi.",
    newChat: "Mulai percakapan baru",
  },
  en: {
    title: "Ask the assistant",
    intro: "Write your problem in your own words. Confidential. In danger? Call straight away.",
    logLabel: "Conversation with the assistant",
    you: "You",
    assistant: "Assistant",
    inputLabel: "Write a message",
    placeholder: "Write here…",
    send: "Send",
    sending: "Sending…",
    thinking: "The assistant is answering…",
    listen: "Speak",
    listening: "Listening… tap to stop",
    listenFailed: "Your voice could not be heard. Please type the message.",
    readAloud: "Read aloud",
    stopReading: "Stop",
    keep: "Keep this conversation",
    keepHint: "Off: nothing is stored on the phone. On: kept until this tab is closed or you press Exit.",
    online: "Connected. Answers come from the Safe Travel server.",
    offline: "You are offline. Answers come from this phone; emergency numbers can still be called.",
    pinned: "Call now",
    loading: "Getting the assistant ready…",
    loadFailed: "The assistant could not open. Open Emergency for the phone numbers.",
    openEmergency: "Open Emergency",
    handoffAsk:
      "You are offline, so no officer could be told yet. May I send your request to an officer when the network is back? What is sent: your last message about this problem and your request to talk to an officer. Until it is sent, it is kept on this phone (the Exit button deletes it).",
    handoffYes: "Yes, send when online",
    handoffNo: "Don't send",
    handoffQueued: "Saved. It will be sent to an officer as soon as there is a network. In danger? Don't wait, call the numbers above.",
    handoffDeclined: "OK, not sent. If you want one later, write \"officer\".",
    handoffSent: "Your request has been sent. An officer will answer here as soon as possible.",
    handoffFailed: "Your request could not be sent. Write \"officer\" again or call the embassy.",
    handoffWaiting: "Waiting for a network to send your request to an officer.",
    caseOpen: "An officer has been told and will answer here.",
    error: "Message not sent: {{message}}",
    tooLong: "The message is too long. Make it shorter and send it again.",
    newChat: "Start a new conversation",
  },
  /** Javanese, for the short lines shown when she writes in Javanese (the app has no Javanese UI). */
  jv: {
    offline: "Kowe lagi offline. Wangsulan saka HP iki; nomer darurat tetep bisa ditelpon.",
    handoffYes: "Iya, kirim yen ana sinyal",
    handoffNo: "Aja dikirim",
    handoffQueued: "Wis disimpen. Bakal dikirim menyang petugas yen ana sinyal. Ing bebaya? Aja ngenteni, telpon nomer ing ndhuwur.",
    handoffSent: "Panjalukmu wis kekirim. Petugas bakal mbales ing kene sakcepete.",
  },
} as const;

export type ChatTextKey = keyof (typeof CHAT_TEXTS)["id"];
export type ChatLang = "id" | "en" | "jv";

/** A chat text in the language asked for; Javanese falls back to Indonesian where it has no line. */
export function chatText(lang: ChatLang, key: ChatTextKey, values: Record<string, string> = {}): string {
  const jv = CHAT_TEXTS.jv as Partial<Record<ChatTextKey, string>>;
  const template = (lang === "jv" ? jv[key] : undefined) ?? CHAT_TEXTS[lang === "en" ? "en" : "id"][key];
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
