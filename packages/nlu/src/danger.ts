/**
 * Explicit danger patterns, run on normalised text (see normalize.ts for the canonical words).
 *
 * A match of kind "emergency" or "self_harm" also decides the intent; a match of kind "danger"
 * (harm happening now in a non-emergency message, writing in secret under threat, a medical
 * emergency) only raises the flag. Harmless near-misses are handled by the guards: a message that
 * speaks only of the past ("dulu", "pernah", "tahun lalu") or says she is safe now, an information
 * request ("tolong info nomor KBRI"), and thanks ("terima kasih sudah menolong").
 */
import { normalize } from "./normalize.js";

export type DangerKind = "emergency" | "self_harm" | "danger";

export interface DangerSignal {
  kind: DangerKind;
  /** Name of the rule that matched, for explanations and tests. */
  rule: string;
}

const HARM =
  "(?:di|ter|ke)?(?:pukul|pukuli|tampar|tendang|cekik|siksa|aniaya|serang|hajar|bacok|tusuk|perkosa|jambak|injak|banting|siram|bakar|seret|gebuk|sekap|ikat|bunuh|kejar|setrum)\\w*";
const NOW =
  "(?:sekarang|sedang|lagi|masih|barusan|baru saja|dari tadi|saat ini|malam ini|terus menerus|currently|right now|is|are|keeps?|still)";

const re = (s: string) => new RegExp(s);

const BARE_WORDS = new Set(
  "tolong help sos darurat emergency urgent bantu saya me aku kami kita kak mbak mba bu ibu pak bang teh sis min admin cepat cepet segera mohon now sekarang dong ya ayo please plis i am need darurat".split(
    " ",
  ),
);
const CALL_WORDS = new Set(["tolong", "help", "sos", "darurat", "emergency", "urgent", "bantu"]);

const PAST = re(
  "\\b(?:dulu|dahulu|pernah|tahun lalu|bulan lalu|minggu lalu|last (?:year|month|week)|used to|waktu itu|dulu sekali|yesterday|kemarin)\\b",
);
const SAFE_NOW = re(
  "\\b(?:sudah|sekarang|now) (?:aman|pindah|selamat|safe)\\b|\\bsudah (?:di|ke) (?:shelter|penampungan|kbri|rumah aman|agen)\\b|\\b(?:di|ke) shelter\\b|\\bsudah pulang\\b|\\bsekarang (?:\\w+ ){0,3}(?:baik|aman|tenang|selamat|pindah)\\b",
);
const INFO = re(
  "\\b(?:info|informasi|nomor|nomer|nombor|number|alamat|address|hotline|berapa|dimana|where|cara|how|bagaimana|lapor_diri|kirim formulir|formulir|jam buka)\\b",
);
const THANKS = re("\\bterima_kasih\\b");

const SELF_HARM: [string, RegExp][] = [
  ["suicide", re("\\bbunuh_diri\\b|\\bsuicid\\w*|\\bbunuh saya\\b.*\\b(?:sendiri|myself)\\b|\\bkill my ?self\\b")],
  ["want-to-die", re("\\b(?:mau|pengen|lebih baik|mending|mendingan|rasanya|rasa|kepikiran|pikiran|siap) (?:\\w+ ){0,2}mati\\b(?! lampu| listrik)")],
  ["die-already", re("\\bmati (?:saja|aja)\\b")],
  ["no-will-to-live", re("\\btidak (?:mau|kuat|ingin|sanggup|pengen) (?:\\w+ )?hidup\\b|\\b(?:capek|lelah) hidup\\b|\\btidak ada gunanya hidup\\b|\\bhidup tidak ada gunanya\\b|\\bnobody will miss me\\b|\\b(?:hidup|life)\\w* (?:\\w+ ){0,2}(?:tidak ada arti\\w*|tidak berarti|meaningless|pointless)|\\bpergi (?:untuk )?selamanya\\b")],
  ["better-dead", re("\\bbetter (?:\\w+ ){0,2}mati\\b|\\bmau mati\\b")],
  ["end-life", re("\\b(?:akhiri|akhirin|mengakhiri|ngakhirin|ngakhiri|end) (?:\\w+ )?(?:hidup|life|semua|semuanya|nyawa)\\b")],
  ["hanging", re("\\bgantung (?:diri|saya|awak\\w*)\\b|\\bsiapkan tali\\b|\\bsiapin tali\\b")],
  ["poison", re("\\bminum (?:racun|obat (?:banyak|semua|sekaligus))|\\bminum (?:pemutih|baygon|bayclin|obat nyamuk|deterjen|soda api|cairan pembersih|bleach)\\b|\\bracun serangga\\b|\\b(?:obat|pills) (?:\\w+ ){0,3}(?:minum|take) (?:\\w+ )?(?:semua|all)\\b|\\bovertdosis\\b|\\boverdosis\\b|\\bhampir minum obat\\b|\\bnguntal obat\\b")],
  ["cutting", re("\\b(?:silet|sayat|nyilet|nyayat|disilet|cut(?:ting)? (?:my|myself)|potong nadi|iris nadi|self ?harm|melukai diri|menyakiti diri|nyakitin diri|lukai diri)\\w*")],
  ["jump", re("\\b(?:loncat|lompat|terjun|jump)\\w* (?:dari|from|off)\\b|\\bnabrakin diri\\b|\\bmenabrakkan diri\\b")],
];

const EMERGENCY: [string, RegExp][] = [
  ["choke", re("\\b(?:di)?cekik\\b")],
  ["weapon", re("\\b(?:pisau|pistol|senjata|gunting|weapon|parang|golok|linggis|besi)\\b")],
  ["kill-threat", re("\\b(?:dibunuh|terbunuh)\\b|\\b(?:mau|akan|ancam|diancam|bisa|ingin|coba|bakal|nanti|will|to) (?:\\w+ )?bunuh\\b|\\bbunuh (?:saya|kamu|dia|me|you|her|kami)\\b|\\btakut mati\\b|\\bnyawa\\b")],
  ["danger-words", re("\\b(?:dalam bahaya|in danger|bahaya|mengancam nyawa)\\b")],
  ["harm-now", re(`\\b${NOW} (?:\\w+ ){0,2}${HARM}|\\b${HARM} (?:\\w+ ){0,3}(?:sekarang|dari tadi|terus dari tadi|right now|now|barusan)\\b`)],
  ["tied", re("\\b(?:diikat|terikat|tied)\\b")],
  ["locked-threat", re("\\b(?:di)?(?:kunci|kurung|sekap|locked)\\w*\\b.*\\b(?:ancam|diancam|takut|pukul|dipukul|ngamuk|marah|teriak|bahaya|tolong|help|bunuh)\\w*|\\b(?:ancam|diancam|ngamuk|marah)\\w*\\b.*\\b(?:di)?(?:kunci|kurung|sekap)\\b")],
  ["hiding", re("\\bsembunyi\\b(?! sembunyi)|\\bbersembunyi\\b|\\blooking for me\\b|\\bcari cari saya\\b|\\bcari saya\\b|\\bdikejar\\b|\\bkejar saya\\b")],
  ["fled-nowhere", re("\\b(?:kabur|lari|minggat)\\b.*\\b(?:di jalan|pinggir jalan|halte|stasiun|taman|masjid|tidak tahu mau|tidak ada tempat|tidak punya tempat|nowhere|tidur di|bingung mau|ketangkap|ketangkep|dicari)")],
  ["fled-just-now", re("\\b(?:kabur|lari|minggat)\\b.*\\b(?:sekarang|tadi|barusan|baru|malam ini|tonight)\\b|\\b(?:barusan|baru saja|baru) (?:\\w+ )?(?:kabur|lari|minggat)\\b")],
  ["break-in", re("\\b(?:dobrak|didobrak|gedor|digedor|break (?:the )?pintu|breaking (?:the )?pintu|buka paksa|paksa masuk|maksa masuk)\\b")],
  ["rape-now", re("\\b(?:mau|sedang|lagi|trying to|mencoba) (?:\\w+ )?(?:perkosa|diperkosa|memperkosa)\\b")],
  ["attack", re("\\b(?:attacking|attacked|attack)\\b")],
];

const SECRET = re(
  "\\b(?:diam diam|sembunyi sembunyi|secretly|in secret|curi curi|nyolong nyolong|jangan (?:telepon|balas|sms|wa|chat|call|hubungi)|don't (?:call|reply))\\b",
);
const SECRET_THREAT = re(
  "\\b(?:takut|ketahuan|tahu|awasi|mengawasi|pukul|dipukul|marah|hukum|disita|dibanting|banting|bahaya|watch\\w*|cek)\\b",
);
const MEDICAL = re(
  "\\b(?:pendarahan|berdarah|pingsan|tidak bisa (?:napas|nafas|bernafas|bernapas|bangun)|sesak napas parah|kejang|overdosis|tidak sadar|bleeding)\\b",
);
const MEDICAL_NOW = re("\\b(?:sekarang|masih|banyak|tidak ada yang|tolong|help|parah|terus)\\b");

function isBareCall(words: string[]): boolean {
  return words.length > 0 && words.length <= 6 && words.every((w) => BARE_WORDS.has(w)) && words.some((w) => CALL_WORDS.has(w));
}

/** Guards: the message speaks only of the past / of being safe, asks for information, or thanks. */
export interface Guards {
  pastOnly: boolean;
  safeNow: boolean;
  infoRequest: boolean;
  thanks: boolean;
}

export function guards(normalized: string): Guards {
  const hasNow = /\b(?:sekarang|sedang|masih|barusan|malam ini|lagi)\b/.test(normalized);
  const safeNow = SAFE_NOW.test(normalized);
  return {
    pastOnly: PAST.test(normalized) && (!hasNow || safeNow),
    safeNow,
    infoRequest: INFO.test(normalized),
    thanks: THANKS.test(normalized),
  };
}

/**
 * Explicit danger signals in a message (raw or already normalised text). Returns the most urgent
 * signal, or undefined when no pattern matches.
 */
export function detectDanger(text: string, alreadyNormalized = false): DangerSignal | undefined {
  const n = alreadyNormalized ? text : normalize(text);
  const words = n.split(" ").filter(Boolean);
  const g = guards(n);
  const harmless = g.pastOnly || g.safeNow;
  if (isBareCall(words)) return { kind: "emergency", rule: "bare-call" };
  if (/\b(?:sos|darurat|emergency)\b/.test(n) && !g.infoRequest && !harmless) return { kind: "emergency", rule: "alarm-word" };
  for (const [rule, pattern] of EMERGENCY) {
    if (!pattern.test(n)) continue;
    if (harmless) continue;
    if (rule === "fled-just-now" && PAST.test(n)) continue;
    // "nomor darurat KBRI", "alamat shelter": questions about help are not danger by themselves.
    if (g.infoRequest && (rule === "danger-words" || rule === "weapon")) continue;
    if (rule === "weapon" && !/\b(?:ancam|diancam|bawa|pegang|acung|todong|tusuk|bunuh|kejar|ambil|mau|hunus|bacok|has|holding)\w*/.test(n)) continue;
    return { kind: "emergency", rule };
  }
  for (const [rule, pattern] of SELF_HARM) {
    if (pattern.test(n)) return { kind: "self_harm", rule };
  }
  if (SECRET.test(n) && SECRET_THREAT.test(n)) return { kind: "danger", rule: "secret-under-threat" };
  if (MEDICAL.test(n) && MEDICAL_NOW.test(n) && !harmless) return { kind: "danger", rule: "medical-now" };
  return undefined;
}
