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
  "(?:di|ter|ke)?(?:pukul|pukuli|tampar|tendang|cekik|siksa|aniaya|serang|hajar|bacok|tusuk|perkosa|jambak|injak|banting|siram|bakar|seret|gebuk|sekap|ikat|bunuh|kejar|setrum|tarik|culik|dragg|drag|stab|strangl|chok|punch|kick|raping|attack)\\w*";
/** What a blow left behind ("dipukul, sekarang lebam"): a consequence, not harm happening now. */
const AFTERMATH = "(?! (?:\\w+ ){0,2}(?:lebam|memar|biru|bengkak|luka|sakit|bekas|benjol|sudah|pindah|aman|hamil|pregnant|trauma))";
const NOW =
  "(?:sekarang|sedang|lagi|masih|barusan|baru saja|dari tadi|saat ini|malam ini|terus menerus|tengah|currently|right now|is(?! it\\b)|are|keeps?|still)";

const re = (s: string) => new RegExp(s);

const BARE_WORDS = new Set(
  "p tolong help sos darurat emergency urgent bantu saya me aku kami kita kak mbak mba bu ibu pak bang teh sis min admin cepat cepet segera mohon now sekarang dong ya ayo please plis i am need darurat".split(
    " ",
  ),
);
const CALL_WORDS = new Set(["tolong", "help", "sos", "darurat", "emergency", "urgent", "bantu"]);

const PAST = re(
  "\\b(?:(?<!\\b(?:sudah|cukup|tidur|tunggu|nunggu|istirahat|bentar|sebentar|pamit|mandi|pergi|keluar) )dulu(?! (?:baru|ya|yah|deh|dong|biar|supaya|sebentar|bentar)\\b)(?!$)|(?<=\\b(?:seperti|kayak|sejak|dari|waktu|zaman|jaman) )dulu$|dahulu|(?<!\\b(?:tidak|belum|never) )pernah|baheula|biyen|mbiyen|kapungkur|kepungkur|kepengker|riyin|rumiyin|(?<!\\b(?:dari|sejak|since) )(?:tahun|bulan|minggu) (?:lalu|lepas)|last (?:year|month|week)|used to|waktu itu|dulu sekali|(?<!\\b(?:dari|sejak|since) )(?:yesterday|kemarin)|sudah lama|cerita lama|old story|long ago|(?:\\d+|satu|dua|tiga|one|two|three|a few|beberapa) (?:tahun|bulan|minggu|years?|months?|weeks?) (?:lalu|lepas|yang lalu|ago|kepungkur|kapungkur|kepengker))\\b",
);
const SAFE_NOW = re(
  "\\b(?:sudah|sekarang|now) (?:aman|pindah|selamat|safe)\\b|\\bsudah (?:di|ke) (?:shelter|penampungan|kbri|rumah aman|agen)\\b|(?<!\\bmau )\\bdi shelter\\b|\\bsudah (?:ganti|pindah) majikan\\b|\\b(?:sekarang|now) (?:sudah |already )?(?:di|in|back in) (?:kampung|indonesia|indo|tanah air)\\b|(?<!\\b(?:dia|majikan|mereka|he|she|they|suami|bos) )\\bsudah pulang\\b|\\bsekarang (?:(?!tidak\\b|belum\\b|kurang\\b|not\\b)\\w+ ){0,3}(?:baik|aman|tenang|selamat|pindah|sehat|sembuh|sukses|bahagia)\\b|\\b(?:sukses|bahagia) sekarang\\b|\\b(?:di|ke) rumah (?:perlindungan|aman)\\b|\\b(?:bukan|tidak) (?:\\w+ )?darurat\\b|\\bnot an emergency\\b",
);
const INFO = re(
  "\\b(?:info|informasi|nomor|nomer|nombor|number|alamat(?! saya)|address|hotline|berapa|dimana|where|cara|how|bagaimana|lapor_diri|kirim formulir|formulir|jam buka|lapor kemana|lapor dimana|harus lapor)\\b",
);
const RECENT_PAST_ALL = /\b(?:kemarin|yesterday)\b/g;
const THANKS = re("\\bterima_kasih\\b");

const SELF_HARM: [string, RegExp][] = [
  ["suicide", re("\\bbunuh_diri\\b|\\bsuicid\\w*|\\bbunuh saya\\b.*\\b(?:sendiri|myself)\\b|\\bkill my ?self\\b")],
  ["want-to-die", re("\\b(?:lebih baik|mending|mendingan|better) (?:saya|aku|i) (?:tidak ada|mati|gone|dead)\\b(?! (?:uang|duit|kerja|kabar|masalah))|\\b(?:mau|pengen|lebih baik|mending|mendingan|rasanya|rasa|kepikiran|pikiran|siap) (?:\\w+ ){0,2}mati\\b(?! lampu| listrik)")],
  ["die-already", re("\\bmati (?:saja|aja)\\b|\\b(?:biar|supaya|agar) (?:saya |aku |cepat |cepet )?(?:mati|meninggal)\\b(?! (?:lampu|listrik|kutu|gaya))")],
  ["no-will-to-live", re("\\btidak (?:mau|kuat|ingin|sanggup|pengen) (?:\\w+ )?hidup\\b|\\b(?:capek|lelah) hidup\\b|\\btidak ada gunanya hidup\\b|\\btidak pantas (?:\\w+ )?hidup\\b|\\b(?:don't|do not) deserve to live\\b|\\bhidup tidak ada gunanya\\b|\\bnobody will miss me\\b|\\b(?:hidup|life)\\w* (?:\\w+ ){0,2}(?:tidak ada arti\\w*|tidak berarti|meaningless|pointless)|\\bpergi (?:untuk )?selamanya\\b")],
  ["better-dead", re("\\bbetter (?:\\w+ ){0,2}mati\\b|\\bmau mati\\b")],
  ["self-inflicted", re("\\b(?:pukul|bentur|jedot|tonjok|gores|bakar|sundut|sakiti|lukai|cakar|iris|setrika)\\w* (?:\\w+ ){0,2}(?:kepala|tangan|badan|lengan|diri|kaki|muka|paha|nadi)\\w* (?:saya )?sendiri\\b|\\bsengaja (?:\\w+ ){0,2}(?:bakar|silet|lukai|sakiti|pukul|sundut|gores|bentur|potong)\\w*|\\bhurt (?:my ?self|diri)\\b|\\b(?:i|im|keep|kept) (?:\\w+ ){0,2}(?:bang|hit|punch|slap|pukul|bentur|tampar)\\w* my (?:own )?(?:kepala|head|face|muka)\\b|\\bhit(?:ting)? my ?self\\b|(?<!\\b(?:majikan|dia|madam|sir|baba|mama|he|she|dipukul|di)\\b(?: \\w+){0,2} )\\b(?:bentur|jedot|benturin|jedotin)\\w* (?:\\w+ )?kepala (?:ke|di) (?:tembok|dinding|lantai|wall)\\b")],
  ["forever", re("\\b(?:mau|ingin|siap) (?:\\w+ ){0,2}(?:pulang|menghadap|ketemu|bertemu|nyusul) (?:ke )?(?:yang di atas|yang maha kuasa|sang pencipta|pangkuan|rahmatullah|akhirat|alam sana)\\b|\\b(?:hilang|ilang|menghilang|ngilang|pergi|tidur|lenyap|istirahat|rest) (?:\\w+ ){0,4}selamanya\\b")],
  ["end-life", re("\\b(?:before i|i will|i'?ll|i want to|i wanna) end it\\b|\\b(?:akhiri|akhirin|mengakhiri|ngakhirin|ngakhiri|end) (?:\\w+ )?(?:hidup|life|semua|semuanya|nyawa)\\b")],
  ["hanging", re("\\bgantung (?:diri|saya|awak\\w*)\\b|\\btali\\b(?: \\w+){0,4} (?:ikat|diikat|gantung|digantung|pasang|dipasang)\\w* (?:\\w+ ){0,2}(?:kipas|plafon|atap|ceiling|fan|kusen|teralis)\\b|\\btali (?:\\w+ ){0,6}(?:nahan|menahan|tahan) (?:badan|berat badan|tubuh)\\b|\\b(?:siapkan|siapin) tali\\b(?! jemuran)")],
  ["poison", re("\\b(?:makan|nelen|telan|menelan) (?:\\w+ )?(?:racun|obat nyamuk|baygon|pemutih|bayclin|racun tikus|deterjen|soda api)\\b|\\bminum (?:racun|obat (?:banyak|semua|sekaligus))|\\bminum (?:the |some |a )?(?:pemutih|baygon|bayclin|obat nyamuk|deterjen|soda api|cairan pembersih|bleach|karbol|pembersih lantai)\\b|\\bracun serangga\\b|\\b(?:obat|pills) (?:\\w+ ){0,3}(?:minum|take) (?:\\w+ )?(?:semua|all)\\b|\\bovertdosis\\b|\\boverdosis\\b|\\bhampir minum obat\\b|\\b(?:racun|pemutih|baygon|bayclin|obat nyamuk|karbol|deterjen|soda api|bleach|pembersih lantai|racun tikus)\\w*(?: \\w+){0,3} (?:kalau |if )?(?:diminum|ditelan|minum|drink|drunk|swallow)\\w*(?: \\w+){0,3} (?:berapa lama|how long|berapa banyak|how much|bisa mati|mati tidak|langsung mati)\\b|\\bnguntal obat\\b|\\b(?:minum|telan|nelen|swallow\\w*) (?:\\w+ ){0,2}(?:pil|obat|pills?) (?:\\w+ ){0,3}(?:satu botol|sebotol|sak botol|semua|banyak|the whole bottle|all)\\b")],
  ["cutting", re("\\b(?:silet|sayat|nyilet|nyayat|disilet|cut(?:ting)? myself|cut(?:ting)? my (?:wrist|arm|skin|leg)|potong nadi|iris nadi|self ?harm|melukai diri|menyakiti diri|nyakitin diri|lukai diri)\\w*")],
  ["how-to-die", re("\\b(?:cara|caranya|how to) (?:\\w+ ){0,2}(?:mati|bunuh_diri|die|end my life)\\b(?! (?:lampu|listrik|hp|mesin))|\\btidak sakit (?:\\w+ ){0,2}(?:mati|meninggal|die)\\b|\\b(?:mati|die) (?:\\w+ ){0,2}(?:tidak sakit|painless\\w*)\\b|\\bpainless(?:ly)? (?:way to )?(?:die|death|mati)\\b")],
  ["farewell", re("\\bkalau saya (?:sudah )?tidak ada (?:lagi|nanti)\\b|\\bkalau saya sudah tidak ada\\b(?! (?:di|uang|kerja|waktu))|\\bif i(?:m| am)? (?:gone|not here anymore)\\b|\\bpesan terakhir (?:saya|dari saya)\\b(?! (?:\\w+ )?(?:sebelum|before))|\\bmy last message\\b(?! before)|\\b(?:tidak usah|tidak perlu|jangan) (?:\\w+ )?(?:cari|nyari|mencari) (?:saya|aku) lagi\\b(?! (?:\\w+ ){0,5}(?:pulang|sampai|bulan depan|minggu depan))|\\bdon't look for me\\b|\\bpamit\\b.*\\b(?:jaga (?:ibu|anak|mama|bapak|emak|mamak)|jangan sedih)\\b|\\b(?:saya|aku|i) (?:sudah )?(?:tidak ada|gone) (?:besok|tomorrow)\\b|\\b(?:kalau|if) (?:besok|tomorrow) (?:saya|aku|i) (?:sudah |am )?(?:tidak ada|gone)\\b|\\bsurat (?:\\w+ ){0,2}(?:buat|untuk|for) (?:anak|ibu|keluarga|suami|mama|bapak|my (?:kids?|children|mother|family))\\w*\\b.*\\bkalau ada apa apa\\b|\\btidak (?:akan|mau) (?:nyusahin|menyusahkan|ngerepotin|merepotkan|bikin susah) (?:\\w+ )?lagi\\b|\\bwon't (?:be a )?(?:trouble|bother) (?:you|anyone) (?:any ?more|again)\\b")],
  ["burden", re("(?<!\\b(?:bilang|kata|katanya|ngatain|nyebut|sebut|call\\w*|says?|said)\\b.*)(?:\\b(?:jadi|cuma|hanya|just) (?:\\w+ ){0,2}(?:beban|a burden)\\b|\\b(?:lebih (?:baik|bahagia|tenang|senang)|better(?: off)?|happier) (?:\\w+ ){0,2}(?:tanpa|without) (?:saya|me)\\b|\\bno one (?:would|will) (?:care|miss)\\b)")],
  ["no-point", re("\\b(?:untuk|buat) apa (?:\\w+ )?(?:hidup|nerusin|meneruskan|terusin)\\b(?! (?:\\w+ )?(?:kerja|kontrak|kuliah|sekolah|usaha|di sini))|\\b(?:what(?:s| is)? the point|no reason) (?:\\w+ ){0,3}(?:hidup|living|going on|to go on|life)\\b|\\btidak (?:bisa|kuat) go on\\b|\\bcan'?t go on\\b|\\bend it all\\b|\\b(?:biar|supaya|agar|so i) (?:\\w+ ){0,3}tidak (?:usah |perlu )?(?:bangun|wake up) (?:bangun )?(?:lagi|again|selamanya)\\b|\\btidak mau (?:to )?(?:bangun|wake up) (?:lagi|tomorrow|again|besok)\\b(?! (?:\\w+ )?(?:jam|pagi|subuh|early))|\\bnyusul (?:almarhum\\w*|(?:bapak|ibu|ayah|emak|mak|mama|papa|suami|anak)\\w* (?:ke )?(?:surga|alam sana|di atas))\\b|\\bnyusul (?:bapak|ibu|ayah|emak|mak|mama|papa)$|\\bsurat (?:terakhir|perpisahan) (?:untuk|bagi) (?:anak|keluarga|ibu|suami|mama|bapak|kalian|semua)|\\bselamat tinggal (?:\\w+ ){0,3}selamanya\\b")],
  ["stockpiling", re("\\b(?:obat|pil|pills?)\\b(?: \\w+){0,4} (?:kumpul|kumpulin|dikumpulin|ngumpulin|kumpulkan|dikumpulkan|collect\\w*|saved|stocked|stockpil\\w*)\\b|\\b(?:kumpulin|ngumpulin|kumpulkan|collect\\w*|saving up|stockpil\\w*) (?:\\w+ ){0,2}(?:obat|pil|pills?)\\b")],
  ["poured", re("\\b(?:pemutih|bayclin|baygon|racun|bleach|poison|obat nyamuk|karbol|pembersih lantai)\\w*\\b(?: \\w+){0,4} (?:tuang|dituang|nuang|pour\\w*|makan|campur)\\w* (?:\\w+ ){0,2}(?:gelas|cangkir|glass|cup|botol minum)\\b")],
  ["affairs-in-order", re("\\b(?:tolong|mohon|please|nitip|titip)\\b (?:\\w+ ){0,3}(?:jenazah|mayat) (?:saya|aku)\\b|\\b(?:meninggal|mati|die|jenazah)\\b.*\\b(?:sebelum|before) (?:saya|i) (?:pergi|go|mati|meninggal|die)\\b|\\b(?:it'?s|its) better this way\\b|\\b(?:semua|semuanya) (?:\\w+ ){0,2}(?:beresin|bereskan|rapikan|siapkan|siapin|selesaikan)\\b.*\\b(?:selama ini|terakhir|for everything)\\b|\\b(?:hp|baju|barang|perhiasan|emas|belongings|things|clothes|stuff)\\w*\\b(?: \\w+){0,5} (?:kasih|kasihkan|berikan|bagi|bagikan|gave|given|give)\\w* (?:\\w+ ){0,2}(?:ke|to|buat|untuk)\\b.*\\b(?:selama ini|for everything|terakhir|last)\\b")],
  ["at-the-edge", re("\\b(?:di|on) (?:atas )?(?:atap|rooftop|the roof|jembatan|the bridge|pinggir balkon|the ledge)\\b.*\\b(?:maaf|sorry|pamit|selamat tinggal|goodbye|titip|sampaikan|tell (?:my|them))\\b|\\b(?:maaf|sorry|pamit|selamat tinggal|goodbye|titip|sampaikan)\\b.*\\b(?:di|on) (?:atas )?(?:atap|rooftop|the roof|jembatan|the bridge|pinggir balkon|the ledge)\\b")],
  ["jump", re("\\b(?:loncat|lompat|terjun|jump)\\w* (?:dari|from|off)\\b|\\bnabrakin diri\\b|\\bmenabrakkan diri\\b")],
];

const EMERGENCY: [string, RegExp][] = [
  ["choke", re("\\b(?:di)?cekik\\b(?! on (?:his|her|the|makan|food|minum))")],
  ["weapon", re("\\b(?:pisau|pistol|senapan|bedil|gun|senjata|gunting|weapon|parang|golok|linggis|besi|kayu|balok|tongkat|pentungan|palu|kapak|pedang|celurit|samurai|obeng|botol|ikat pinggang|sabuk|belt|hanger|gantungan baju|setrika|rotan|cambuk)\\b")],
  ["kill-threat", re("\\b(?:dibunuh|terbunuh)\\b|\\b(?:mau|akan|bakal|nanti|ancam|diancam) (?:\\w+ ){0,3}(?:dihabisi|habisi)\\b|\\b(?:mau|akan|ancam|diancam|bisa|ingin|coba|bakal|nanti|will|to) (?:\\w+ )?bunuh\\b(?! (?:orang|semua orang|someone|everyone|kecoa|nyamuk|tikus|semut|lalat|kutu|hama|waktu|monster|zombie|musuh|bosan))|\\b(?:bilang|ancam|diancam|katanya) (?:\\w+ ){0,3}(?:akan|mau|biar|bisa) mati\\b|\\bbunuh (?:saya|kamu|dia|me|you|her|kami)\\b|\\btakut mati\\b|\\bnyawa\\b|\\btidak (?:akan|bakal) keluar (?:\\w+ ){0,2}hidup hidup\\b|\\b(?:won't|will not|not) (?:get |come |go )?out (?:of here )?alive\\b")],
  ["danger-words", re("(?<!\\b(?:kata|katanya|bilang|says?|said)\\b(?: \\w+){0,2} )\\b(?:dalam bahaya|in danger|bahaya|mengancam nyawa)\\b(?! (?:tidak|apa tidak|atau tidak)(?: (?:ya|sih))?$)(?! (?:tidak|tidak sih|apa tidak) (?:ya|sih)\\b)")],
  ["harm-now", re(`\\b${NOW} (?!(?:\\w+ )?(?:lebam|memar|biru|bengkak|luka|sakit|bekas|benjol|perih|nyeri|sore|bruised|swollen))(?:\\w+ ){0,2}${HARM}(?! (?:my|myself|diri)\\b)|\\b${HARM} (?:\\w+ ){0,3}(?<!\\b(?:sampai|sampe|hingga|till|until) )(?:sekarang|dari tadi|terus dari tadi|right now|now|barusan)\\b${AFTERMATH}`)],
  ["call-harm", re(`\\b(?:tolong|help|mohon|sos)\\b (?:\\w+ ){0,3}(?:di|ter)(?:pukul|pukuli|tampar|tendang|cekik|siksa|aniaya|serang|hajar|bacok|tusuk|perkosa|jambak|injak|banting|siram|bakar|seret|sekap|ikat|kejar|setrum|tarik|culik)\\w*`)],
  // "tolong majikan mukul saya": a call for help, then someone harming her (not "suka/sering": habit).
  ["call-harm-active", re("\\b(?:tolong|help|mohon|sos)\\b (?:(?!suka|sering|selalu|kadang|pernah|dulu|always|often|used)\\w+ ){0,3}(?:pukul|tampar|tendang|cekik|siksa|hajar|jambak|injak|banting|seret|tusuk|perkosa)\\w* (?:saya|me|kami)\\b")],
  ["call-police", re("(?<!\\b(?:ancam|diancam|mau|akan|bakal|will|threatens?)\\b (?:\\w+ )?)\\b(?:kirim|panggil|telepon|panggilkan|teleponkan) (?:\\w+ )?polisi\\b|(?<!\\b(?:ditangkap|dibawa|ditahan|oleh|sama|ke|kantor)\\b )\\bpolisi (?:sekarang|cepat|segera)\\b|\\bcepat (?:\\w+ ){0,2}(?:nomor |no )?polisi\\b")],
  ["waiting-outside", re("(?<!\\b(?:disuruh|dihukum|suruh)\\b (?:\\w+ )?)\\b(?:tunggu|nunggu|menunggu|nungguin|jaga|jagain|berdiri|duduk|mondar mandir)\\w* (?:\\w+ ){0,2}(?:luar|depan) (?:\\w+ )?(?:pintu|kamar|toilet)\\b")],
  ["tied", re("\\b(?:diikat|terikat|diborgol|borgol|handcuffed|tied (?:me|her|us|up|my)|ikat (?:saya|tangan|kaki))\\b")],
  ["locked-threat", re("\\b(?:di)?(?:kunci|kurung|sekap|locked)\\w*\\b.*\\b(?:ancam|diancam|pukul|dipukul|ngamuk|bunuh|dibunuh|bahaya|mati|siksa|hajar|dihajar)\\w*|\\b(?:ancam|diancam|ngamuk)\\w*\\b.*\\b(?:di)?(?:kunci|kurung|sekap)\\b")],
  ["locked-afraid", re("\\b(?:di)?(?:kunci|kurung|sekap|locked)\\w*\\b.*\\b(?:takut|marah|teriak|tolong|help)\\w*|\\b(?:marah)\\w*\\b.*\\b(?:di)?(?:kunci|kurung|sekap)\\b")],
  ["hiding", re("\\b(?:dia|majikan|mereka|he|she)\\b (?:\\w+ )?(?:nyari|nyariin|mencari|cari|searching|looking)\\w*(?: \\w+){0,2} (?:pakai|pake|dengan|with) (?:senter|flashlight|torch)\\b|(?<!sembunyi )\\bsembunyi\\b(?! (?:sembunyi|(?:\\w+ )?(?:paspor|dokumen|hp|iqama|permit|barang|kunci|uang))\\b)|\\b(?:kunci|mengunci) diri\\b|(?<!\\b(?:tidak usah|tidak perlu|jangan) )\\bcari (?:for )?(?:saya|me)\\b(?! lagi)|\\bbersembunyi\\b|\\blooking for me\\b|\\bcari cari saya\\b|(?<!\\b(?:tidak usah|tidak perlu|jangan) )\\bcari saya\\b(?! lagi)|\\bdikejar\\b(?! (?:\\w+ )?(?:anjing|kucing|deadline|waktu|target|setoran))|\\bkejar saya\\b")],
  ["fled-nowhere", re("\\b(?:kabur|lari|minggat)\\b.*\\b(?:di jalan|pinggir jalan|halte|stasiun|taman|masjid|tidak tahu mau|tidak ada tempat|tidak punya tempat|nowhere|tidur di|bingung mau|ketangkap|ketangkep|dicari)|\\b(?:di|ke) luar rumah\\b.*\\b(?:tidak tahu (?:jalan|arah|mau kemana|harus kemana)|tidak ada tempat|tengah malam)\\b")],
  ["fled-just-now", re("\\b(?:sudah|baru) (?:keluar|pergi) dari rumah (?:majikan|agen)\\b.*\\b(?:jemput|shelter|penampungan|tidak tahu|malam)\\b|\\b(?:jemput|shelter|penampungan)\\b.*\\b(?:sudah|baru) (?:keluar|pergi) dari rumah (?:majikan|agen)\\b|\\b(?:saya|aku|i am|i m|im)\\b (?:\\w+ )?(?:di )?(?:luar|outside)\\b(?: \\w+){0,3} (?:bawa|with) (?:\\w+ )?(?:tas|koper|bag|bags|barang)\\b|\\b(?:kabur|lari|minggat)\\b.*\\b(?:sekarang|tadi|barusan|baru|malam ini|tonight)\\b|\\b(?:barusan|baru saja|baru) (?:\\w+ )?(?:kabur|lari|minggat)\\b")],
  ["about-to-flee", re("\\b(?:coba|mau|akan|rencana) kabur (?:minggu ini|malam ini|besok|hari ini|nanti malam|tonight|this week)\\b|\\b(?:mau|akan|rencana|pengen|ingin|want to|will) (?:\\w+ )?kabur\\b(?: \\w+){0,3} (?:pas|waktu|saat|selagi|while|kalau) (?:\\w+ ){0,2}(?:tidur|pergi|keluar|lengah|asleep)\\b|\\b(?:cara|caranya)\\b(?: \\w+){0,3} kabur\\b.*\\b(?:dikunci|dikurung|terkunci|digembok)\\b|\\b(?:nunggu|tunggu|menunggu) (?:\\w+ ){0,2}(?:tidur|lengah|pergi|keluar)\\b(?: \\w+){0,4} (?:kabur|lari|minggat)\\b")],
  ["not-safe", re("\\btidak aman (?:di sini|disini|di rumah|here|lagi)\\b|\\b(?:tapi|but) (?:\\w+ )?tidak aman\\b|\\b(?:saya|aku|i|kami)\\b (?:\\w+ ){0,2}(?:tidak|not|don't feel|do not feel) (?:merasa )?(?:aman|safe)\\b(?! (?:\\w+ ){0,2}(?:kalau|if|untuk|buat|to)\\b)")],
  ["break-in", re("\\b(?:dobrak|didobrak|gedor|digedor|break (?:the )?pintu|breaking (?:the )?pintu|buka paksa|paksa masuk|maksa masuk)\\b")],
  ["rape-now", re("\\b(?:mau|sedang|lagi|trying to|mencoba) (?:\\w+ )?(?:perkosa|diperkosa|memperkosa)\\b")],
  ["dead-meat", re("\\bketahuan (?:\\w+ )?mati (?:saya|aku)\\b|\\b(?:ngamuk|marah)\\b(?: \\w+){0,4} mati (?:saya|aku)\\b|\\bmati (?:saya|aku)\\b(?: \\w+){0,4} (?:ngamuk|marah)\\b")],
  ["taken", re("\\bdimasuk\\w* (?:\\w+ )?ke (?:dalam )?(?:mobil|van|truk)\\b|\\bdipaksa (?:naik|masuk) (?:\\w+ )?(?:mobil|van|truk)\\b|\\b(?:pushed|dragged|forced|thrown) (?:me )?into (?:a |the |his |their )?(?:car|van|truck)\\b")],
  ["intruder", re("\\b(?:majikan|dia|bos|laki laki|he)\\b (?:\\w+ )?masuk (?:ke )?kamar (?:saya )?(?:lagi|sekarang|now)\\b(?! (?:\\w+ )?(?:untuk|buat|minta|suruh|nyuruh|cek|ambil)\\b)|\\bada (?:yang|orang|org|laki|laki laki|cowok|pria) (?:\\w+ )?masuk (?:ke )?(?:rumah|kamar)\\b|\\bkaca (?:\\w+ )?pecah\\b.*\\b(?:masuk|takut|sendiri)|\\b(?:someone|somebody|a man) (?:is )?(?:broke|breaking|broken) in\\b|\\bbroke into\\b")],
  ["fire", re("\\b(?:asap|smoke)\\b(?: \\w+){0,8} (?:sesak|api\\w*|dikunci|terkunci|tidak bisa keluar|napas|nafas|breathe)\\b|\\bapi\\w* (?:\\w+ )?(?:membesar|makin besar|merambat|menjalar)\\b|\\bset (?:\\w+ )?fire\\b|\\bon fire\\b|\\bkebakaran\\b|\\b(?:rumah|dapur|kamar|gedung|apartemen|flat|kapal|mess|asrama) (?:\\w+ )?terbakar\\b|\\b(?:bakar|membakar) (?:rumah|kamar|dapur)\\b|\\bgas (?:bocor|leak\\w*)\\b|\\bbau gas\\b|\\b(?:nyalain|nyalakan|menyalakan|buka|turned on|left on) (?:\\w+ )?gas\\b(?: \\w+){0,6} (?:tidak (?:dimatiin|dimatikan)|jendela|window|ditutup|closed|mati)\\b")],
  ["followed", re("\\b(?:following|followed|ikuti|diikuti|buntuti|dibuntuti|ngikutin|nguntit|dikuntit) (?:\\w+ ){0,2}(?:me|saya)\\b(?! (?:\\w+ ){0,2}(?:instagram|ig|tiktok|fb|facebook|twitter))|\\b(?:right )?behind me\\b")],
  ["sinking", re("\\b(?:air|water) (?:\\w+ ){0,2}masuk (?:ke )?(?:dalam )?(?:kapal|perahu|boat|ship)\\b|\\b(?:kapal|perahu|boat|ship) (?:\\w+ ){0,2}(?:tenggelam|bocor|sinking|terbalik)\\b")],
  ["unresponsive", re("\\b(?:jatuh|pingsan|collapsed?|fell)\\b(?: \\w+){0,4} (?:tidak (?:gerak|bergerak|napas|nafas|bernapas|bernafas|sadar|bangun|respon|wake|waking)|not (?:moving|breathing|waking))\\b")],
  ["at-the-door", re("\\b(?:depan|luar) pintu (?:\\w+ ){0,5}mau masuk\\b")],
  ["rage-attack", re(`(?<!\\b(?:suka|sering|selalu|kadang|gampang) )\\bmarah\\w*\\b(?: \\w+){0,3} (?:mau|akan|bakal|will|going to) (?:\\w+ )?${HARM}(?! (?:\\w+ ){0,3}(?:kalau|if)\\b)`)],
  ["approaching", re("\\b(?:dengar|suara)\\w* (?:\\w+ ){0,2}(?:naik tangga|ke atas|mendekat|ke kamar)\\b|\\b(?:matikan|matiin) lampu\\b(?: \\w+){0,3} (?:biar|supaya|agar|so|pura pura)\\b|\\b(?:suara|langkah)\\w* (?:\\w+ ){0,2}makin (?:dekat|deket)\\b|\\b(?:getting|coming) closer\\b|\\b(?:dia|majikan|he|she|mereka) (?:sudah |lagi )?(?:di )?(?:tangga|stairs)\\b(?: \\w+){0,3} (?:mau naik|naik|coming up)\\b")],
  ["overboard", re("\\b(?:dilempar|dibuang|dilempar) (?:\\w+ )?(?:ke laut|ke sungai)\\b|\\bthrown (?:\\w+ )?(?:overboard|into the sea)\\b")],
  ["lying-low", re("\\b(?:lampu|light\\w*) (?:\\w+ ){0,2}(?:mati|matikan|off)\\b(?: \\w+){0,3} (?:biar|supaya|agar|so) (?:\\w+ )?(?:dikira|disangka|kelihatan|kira|think\\w*)\\b|\\b(?:dia|majikan|he|she) (?:\\w+ )?(?:pulang|datang|masuk|home|back)\\b.*\\b(?:pura pura tidur|dikira tidur|pretend\\w* to (?:be )?sleep\\w*)\\b|\\b(?:pura pura tidur|pretend\\w* to (?:be )?sleep\\w*)\\b.*\\b(?:dia|majikan|he|she) (?:\\w+ )?(?:masuk|datang|pulang|comes?)\\b")],
  ["if-no-reply", re("\\b(?:kalau|if) (?:saya|aku|i) (?:tidak|not|don't|do not|stop) (?:\\w+ )?(?:balas|bales|reply|respond|answer|chat|kabar)\\w*\\b(?: \\w+){0,5} (?:berarti|artinya|means|tolong|please|call|telepon|lapor|kirim|kabar\\w*|hubungi|polisi|police)\\b")],
  ["afraid-he-is-back", re("\\btakut\\b(?: \\w+){0,2} (?:dia|majikan) (?:sudah )?(?:pulang|datang|balik|kembali)\\b|\\b(?:dia|majikan) (?:sudah )?(?:pulang|datang|balik|kembali)\\b(?: \\w+){0,2} (?:saya |aku )?takut\\b|\\b(?:saya|aku) takut (?:\\w+ )?(?:dia|majikan) sudah (?:pulang|datang|balik|kembali)\\b")],
  ["attack", re("\\b(?:attacking|attacked|attack)\\b")],
];

const EMERGENCY_HIDING = EMERGENCY.find(([rule]) => rule === "hiding")![1];

/** Harm happening now that keeps its own intent (only the flag is raised). */
const DANGER_NOW: [string, RegExp][] = [
  ["forced-scam", re("\\bdipaksa (?:\\w+ ){0,2}(?:nipu|menipu|tipu|scam\\w*)\\b|\\bforced to (?:scam|cheat|con)\\b")],
  ["raging-at-the-door", re("\\b(?:sekarang|lagi|sedang|right now)\\b(?: \\w+){0,3} (?:teriak|marah|ngamuk|maki|bentak|screaming|shouting|yelling)\\w*(?: \\w+){0,3} (?:depan|luar|outside)(?: (?:\\w+ )?(?:pintu|kamar|door|room))?\\b")],
  ["barricading", re("\\b(?:ganjel|ganjal|mengganjal|ngeganjel|ganjelin|nahan|menahan|barricad\\w*) (?:\\w+ )?pintu\\b")],
  ["abuser-still-here", re("\\b(?:diperkosa|perkosa|dipukul|dianiaya|disiksa|raped?)\\b.*\\b(?:(?:dia|pelaku|he)\\b (?:\\w+ )?(?:masih|still) (?:\\w+ ){0,2}(?:di rumah|di sini|disini|kerja di|tinggal di|here|in the house)|(?:saya|aku|i am|i m|im) (?:masih|still) (?:\\w+ ){0,3}(?:dengan|sama|with) (?:dia|him))\\b")],
  ["sold-and-held", re("\\b(?:dibeli|dijual|sold|bought)\\b(?: \\w+){0,8} (?:sekarang|now) (?:\\w+ ){0,2}(?:tidak boleh keluar|not allowed|dikunci|dikurung|locked|dijaga)\\b")],
];

/** A weapon raised against her (rage, a threat, "mau ... ke saya", carried): danger even when she asks for a number. */
const WEAPON_AIMED = /\b(?:marah|ancam|diancam)\w*\b|\bmau (?:\w+ ){0,3}(?:ke )?(?:saya|aku|me)\b|\b(?:bawa|pegang|acung\w*|todong\w*|hunus\w*|holding) (?:\w+ )?(?:pisau|pistol|senjata|gunting|parang|golok|palu|kapak|celurit)\b/;

/** Writing in secret: quietly, on a borrowed or stolen phone, while they sleep. */
const SECRET_MANNER =
  "(?:(?:di|dalam|from|in) (?:the )?(?:lemari|wardrobe|closet)|diam diam|sembunyi sembunyi|senyap senyap|curi curi|nyuri nyuri|nyolong nyolong|secretly|in secret|(?:di )?bawah selimut|dalam selimut|under (?:the |my )?blanket|(?:dari|di|ke|from|in) (?:the )?(?:kamar mandi|toilet|wc|bathroom|cr))";
const SECRET_MANNER_RE = re(`\\b${SECRET_MANNER}\\b`);
const WRITING = "(?:ini|chat|ketik|ngetik|nulis|tulis|menulis|nyerat|wa|sms|pesan|hp|pakai|texting|typing|writing|write|text|type|message|lapor|hubungi|kirim|telepon|tanya|nanya|takon|cerita|curhat|ngadu|mengadu|asking|telling)";
const SECRET = re(
  `\\b(?:${WRITING} (?:\\w+ ){0,3}${SECRET_MANNER}|${SECRET_MANNER} (?:\\w+ ){0,3}${WRITING}|jangan (?:di)?(?:telepon|balas|sms|wa|chat|call|hubungi)|(?:ngawasi|mengawasi|awasi|diawasi) (?:saya )?terus|(?:she|he|they|majikan|sir|madam)(?: is| are)? (?:near|nearby|next door|in the next room)|don't (?:call|reply)|(?:majikan|dia|mereka|he|she) (?:tidak|not|does not|doesn't) (?:tahu|know) (?:\\w+ ){0,2}(?:saya|aku|i) (?:\\w+ )?(?:pegang|pakai|punya|chat|nulis|ngetik|lapor|hubungi|telepon|have|use|has) (?:hp|phone)|(?:hp|phone)\\w* (?:saya |my )?(?:\\w+ )?(?:dicek|diperiksa|dicheck)|(?:check|checks|checking|cek|periksa)\\w* (?:my |saya )?(?:hp|phone)|(?:dia|majikan|mereka|kapten|mandor|captain|he|she|they) (?:tidak|jangan) (?:boleh )?(?:sampai )?(?:tahu|know)|jangan sampai (?:\\w+ )?(?:tahu|ketahuan)|sneak\\w* (?:out )?(?:to )?(?:text|write|type|chat|message|call|use)|(?:ngetik|nulis|chat|ketik|tulis|writing|typing) (?:\\w+ ){0,2}takut (?:\\w+ )?ketahuan|(?:tidak bisa|cannot) (?:ngomong|bicara|telepon|talk) (?:\\w+ ){0,3}(?:kedengaran|didengar|dengar|hear)|nanti (?:\\w+ )?kedengaran|pinjam hp|pinjam punya (?:teman|orang|tetangga|kawan)|(?:curi|nyuri) hp|(?:chat|pesan|ini) (?:\\w+ )?rahasia|rahasiakan|keep this (?:a )?secret|(?:this is|ini) (?:my )?(?:friend|teman|neighbou?r|tetangga)\\w* (?:hp|phone)|(?:tidak|jangan) (?:reply|balas|dibalas|bales) (?:after|setelah|sesudah|kalau sudah|pas)\\b|(?:majikan|mereka) (?:is|are|lagi|sedang) (?:tidur|sleeping|asleep)|(?:majikan|mereka) (?:sleeping|asleep)|(?:cepat|quick|fast|buru buru) (?:\\w+ ){0,3}(?:majikan|mereka|dia|she|he) (?:lagi |sedang |is )?tidur|hp (?:rahasia|cadangan|kedua|simpanan)|(?:secret|spare|second) (?:hp|phone)|use (?:a |the |my )?(?:customer|guest|client|friend|neighbou?r|driver|tamu|teman)\\w* (?:hp|phone)|hp (?:\\w+ ){0,3}sembunyikan|sembunyikan hp|(?:pakai|pinjam|ini) (?:dari |pakai )?hp (?:teman|orang|pelanggan|tamu|penjaga|tetangga|sopir|tukang kebun|anak majikan|majikan)|(?:pas|waktu|saat|selagi|while) (?:mereka|majikan|dia|they|she|he|the \\w+) (?:sudah |lagi |is |are )?(?:tidur|asleep|naps?|sleeps?|sleeping|is (?:asleep|sleeping))|(?:ini|chat|ketik|ngetik|nulis|tulis|texting|typing|writing|phone|hp) (?:\\w+ ){0,2}(?:pas|waktu|saat|selagi|while|when) (?:\\w+ ){1,2}(?:pergi|keluar|is out|mandi|shower\\w*|bath\\w*|sholat|solat|pray\\w*|tidur|asleep|sleeps?|sleeping)|(?:mereka|majikan|dia|they|she|he) (?:lagi|sedang|sudah|is) (?:tidur|asleep|sleeping|mandi|pergi|keluar)\\b(?: \\w+){0,3} (?:bisa|mau|can|will) (?:telepon|nelpon|chat|call|wa|sms|hubungi|lapor)|(?:bisa|mau|can|will) (?:\\w+ )?(?:telepon|nelpon|chat|call|wa|sms|hubungi|lapor)\\b(?: \\w+){0,3} (?:mereka|majikan|dia|they|she|he) (?:lagi|sedang|sudah|is) (?:tidur|asleep|sleeping|mandi|pergi|keluar)|(?:tidak bisa|cannot) (?:telepon|call|bicara|ngomong|nelpon) (?:\\w+ ){0,2}(?:karena|because|takut) (?:\\w+ ){0,2}(?:dengar|hear|tahu|lihat|dekat|near|nearby|di samping|di sebelah)|(?:nyuri|curi|mencuri|nyolong) waktu|hidden (?:one|phone|hp)|hp (?:\\w+ ){0,3}(?:ambil|curi|diambil) (?:\\w+ ){0,2}dari (?:\\w+ ){0,2}(?:laci|tas|kamar|majikan)|(?:cuma|hanya|only) (?:bisa )?(?:chat|wa|sms|ngetik|hubungi|telepon)\\w* (?:\\w+ ){0,2}(?:tengah malam|malam malam|diam diam)|so (?:she|he|they|majikan) (?:will |does |do )?tidak (?:see|notice|know))\\b`,
);
const SECRET_THREAT = re(
  "\\b(?:takut|ketahuan|tahu|ancam|diancam|ngancam|threat\\w*|tidak boleh|awasi|mengawasi|ngawasi|diawasi|pukul|dipukul|dihajar|marah|hukum|dihukum|disita|dibanting|banting|bahaya|watch\\w*|cek|habis|mati|majikan|dijaga|dikurung|dikunci|dilarang|larang|forbidden|not allowed|grab\\w*|hit|beat\\w*|ditahan|dipaksa|penjaga|disekap|digembok)\\b",
);
/** Writing in a hurry before she is caught: typing fast, "quick before he comes back", before the phone is taken, cannot talk. */
const SECRET_HURRY = re(
  "\\b(?:(?:ketik|ngetik|nulis|tulis|chat|typing|type|writing) (?:\\w+ )?(?:cepat|buru buru|fast|quick(?:ly)?)|(?:cepat|quick(?:ly)?|buru buru|hurry) (?:\\w+ ){0,2}(?:before|sebelum) (?:\\w+ ){0,2}(?:come|comes|coming|gets?|back|balik|pulang|datang|kembali|bangun|wakes?|lihat|tahu|sees?|notices?)|hp (?:\\w+ )?belum (?:di)?ambil|hp (?:\\w+ )?(?:mau|akan|bakal) (?:di)?(?:ambil|sita|rampas)|(?:majikan|dia|he|she)\\w* (?:\\w+ )?(?:curiga|suspicious)\\b|(?:sinyal|signal) (?:\\w+ ){0,2}(?:cuma|hanya|only) (?:sebentar|a moment|a while)|sebelum hp (?:\\w+ )?(?:di)?ambil|before (?:they|he|she|mereka|majikan) (?:take|takes|ambil) (?:my )?(?:hp|phone)|(?:tidak bisa|cannot) (?:talk|speak|bicara|ngomong|telepon|call) (?:now|sekarang)|(?:tidak bisa|cannot) (?:talk|speak|bicara|ngomong)$|(?:tidak bisa|cannot) lama\\b(?! (?:lama )?(?:di|tinggal|kerja|stay|disini|sini|berdiri|duduk))|(?:biar|supaya|agar) tidak (?:curiga|ketahuan)|(?:cuma|hanya|only) (?:bisa |can )?(?:pegang|pakai|use|hold) (?:hp|phone)\\b(?: \\w+){0,2} (?:menit|min|mins|minute|minutes)\\b|(?:watching|watches|watch|lihat|liatin|ngeliatin|ngawasi) (?:saya|me) (?:type|typing|ngetik|nulis|chat|write|writing)|(?:have|punya|got) \\d+ (?:min|mins|minute|minutes|menit)(?: only| saja| lagi)?\\b|(?:cepat|buru buru|quick|hurry)\\b(?: \\w+){0,3} (?:dia|majikan|he|she) (?:\\w+ )?(?:mau |akan |sudah |belum )?(?:pulang|datang|balik|bangun)|(?:dia|majikan|he|she) (?:\\w+ )?(?:mau |akan |belum )(?:pulang|datang|balik|bangun)\\b(?: \\w+){0,2} (?:cepat|buru buru|quick|hurry)|(?:tidak bisa|cannot) (?:\\w+ )?(?:type|ketik|ngetik|nulis|explain|jelasin|jelaskan|cerita|ngomong|bicara|chat|telepon|call) (?:\\w+ )?(?:long|lama|panjang|panjang panjang|here|di sini|disini|much|banyak)|(?:tidur|pergi|keluar|asleep|out)\\b(?: \\w+){0,3} (?:ini )?(?:kesempatan|my chance)|(?:jangan|tidak usah) (?:tanya|nanya) (?:tanya )?dulu|so (?:she|he|they) (?:won't|will not|doesn't|does not|don't) (?:suspect|notice)|(?:ngawasi|mengawasi|watching|watches) (?:saya|me) (?:\\w+ )?(?:dari|from)\\b|(?:tidak bisa|cannot) (?:talk|speak|bicara|ngomong) (?:\\w+ )?(?:dia|he|she|majikan|mereka)\\b|(?:dia|majikan|he|she) (?:is |ada |selalu |terus |lagi |masih )?(?:di )?(?:samping|sebelah|next to|beside)(?: saya| me)?|(?:saya|aku|i) (?:lagi |sedang |am )?(?:diawasi|being watched)|(?:tidak bisa|cannot) (?:lama (?:lama )?|long )(?:pegang|pakai|main|hold|use) (?:hp|phone))\\b",
);
/** She breaks off because he is back ("udah dulu dia datang", "gtg she's back"). */
const CUT_OFF = re(
  "\\b(?:dia|majikan|mereka|he|she|they)(?: is| are)? (?:datang|pulang|balik|kembali|back|coming|here|bangun|wakes? up)\\b(?: \\w+){0,3} (?:matikan|hapus|turn off|delete|sembunyikan|hide) (?:hp|phone|chat)\\b|\\b(?:sudah dulu|udahan|gtg|got to go|gotta go|dadah|bye)\\b(?: \\w+){0,3} (?:suara|bunyi|sound of) (?:\\w+ ){0,2}(?:pintu|kunci|mobil|langkah|motor|door|key|car)\\b|\\b(?:suara|bunyi|sound of) (?:\\w+ ){0,2}(?:pintu|kunci|mobil|langkah|motor|door|key|car)\\b(?: \\w+){0,4} (?:sudah dulu|udahan|gtg|got to go|gotta go|dadah|bye)\\b|\\b(?:sudah dulu|udahan|gtg|got to go|gotta go|dadah|bye)\\b(?: \\w+){0,3} (?:dia|majikan|mereka|he|she|they)(?: is| are)? (?:datang|pulang|balik|kembali|back|coming|here|home|bangun|awake|wakes? up)\\b|\\b(?:dia|majikan|mereka|he|she|they)(?: is| are)? (?:datang|pulang|balik|kembali|back|coming|here|bangun|wakes? up)\\b(?: \\w+){0,3} (?:sudah dulu|udahan|gtg|got to go|gotta go|dadah|bye)\\b",
);
/** Hiding to write ("ngetik ini sambil sembunyi", "hiding in the laundry room to type"): the manner of writing in secret, not hiding from an attack. */
const HIDING_TO_WRITE =
  /\b(?:ketik|ngetik|nulis|tulis|menulis|nyerat|chat|type|typing|write|writing|texting)\b (?:\w+ ){0,2}(?:sambil |while |lagi )?sembunyi\b|\bsembunyi (?:(?:nulis|ngetik|ketik|tulis|nyerat|chat|type|write)\b|(?:\w+ ){0,4}(?:to|untuk|buat) (?:type|write|text|ketik|ngetik|nulis|chat)\b)/;
const HIDING_TO_WRITE_ALL = new RegExp(HIDING_TO_WRITE.source, "g");
/** Sexual abuse happening as she writes ("lagi ngerekam saya", "he is touching me"). */
const SEXUAL_NOW = re(
  "\\b(?:lagi|sedang|sekarang|right now)\\b(?: \\w+){0,3} (?:minta|maksa|paksa|suruh|nyuruh)\\w* (?:\\w+ ){0,4}(?:tidak pantas|bagian sensitif|bagian bawah|private|dada|payudara|kelamin)\\b|\\b(?:sekarang|sedang|lagi|barusan|baru saja|dari tadi|saat ini|right now|is|are) (?!suka|sering)(?:\\w+ ){0,2}(?:ngerekam|merekam|rekam|ngintip|mengintip|intip|raba|meraba|grepe|gerayang|peluk|meluk|cium|nyium|remas|touch|grop|film|record)\\w* (?:\\w+ )?(?:saya|me)\\b",
);
/** "kalau ketahuan, saya dipukul": the threat hangs on being found writing, not an attack now. */
const FOUND_OUT = /\b(?:kalau (?:\w+ ){0,4}?(?:ketahuan|tahu|lihat|ketangkap)|nanti (?:\w+ )?ketahuan|if (?:\w+ ){0,3}?(?:catch\w*|sees?|finds?|found))\b(?: \w+){0,6}/g;

/** The message without its "kalau ketahuan ..." clauses: what would happen if she were found out. */
export function withoutFoundOut(normalized: string): string {
  return normalized.replace(FOUND_OUT, " ").replace(/\s+/g, " ").trim();
}
/** Film, news, games, laughter: the danger words are not about her. */
const FICTION_WORDS = re(
  "\\b(?:mimpi|dream\\w*|film|filem|movie|sinetron|drama|drakor|nonton|episode|pemeran|aktor|aktris|berita|news|novel|komik|anime|game|games|wkwk\\w*|haha\\w*|hehe\\w*|lol|lmao|bercanda|becanda|prank|ngakak|lagu|lirik|song|lyrics|penyanyi)\\b",
);
/** Fear of what comes next ("takut dia balik nanti malam") or being held under guard. */
const FEAR_NOW = re(
  "\\b(?:tomorrow|besok) (?:\\w+ ){0,2}(?:take|takes|taking|ambil|jemput|bawa|dibawa|dijemput|diambil|sell|dijual)\\b|\\b(?:dia|he|she) (?:\\w+ )?(?:di rumah|di sini|disini|at home|here) (?:sekarang|now)\\b|\\b(?:sebentar lagi|otw|on the way|lagi di jalan) (?:\\w+ ){0,3}(?:pulang|datang|balik|sampai)\\b|\\b(?:pulang|datang|balik)\\b(?: \\w+){0,2} (?:saya |aku )?takut\\b|\\b(?:nanti malam|malam ini|tonight) (?:\\w+ )?(?:lanjut|dilanjut\\w*|diterusin|diulang)\\b|\\b(?:malam ini|nanti malam|tonight) (?:\\w+ ){0,3}(?:pasti|bakal|akan|mau|will) (?:\\w+ ){0,2}(?:masuk|datang|ke kamar|come)\\b|\\btakut\\b(?: \\w+){0,6} (?:malam ini|nanti malam|sekarang|hari ini|dia (?:balik|pulang|datang|kembali)|majikan (?:balik|pulang|datang))\\b|\\b(?:malam ini|nanti malam|sekarang)\\b(?: \\w+){0,8} takut\\b|\\bdijaga (?:terus|ketat|preman|orang|penjaga)\\b",
);

/** Writing in secret (quietly, on a borrowed phone, while they sleep, "do not reply"), threat or not. */
export function writesInSecret(normalized: string): boolean {
  return SECRET.test(normalized);
}

/** Locked up, guarded or not allowed out. */
export function heldCaptive(normalized: string): boolean {
  return HELD.test(normalized);
}
const HELD = /\bditahan di (?:rumah|penampungan|kantor|tempat|gudang)\b|\b(?:dikurung|dikunci|disekap|terkunci|dijaga|dijagain|digembok|locked|guarded)\b|\btidak (?:boleh|bisa|diizinkan|dikasih) (?:\w+ )?(?:keluar|pergi|pulang|kabur)\b|\b(?:not allowed|cannot|can't) (?:to )?(?:go out|leave)\b/;

/** Harm expected soon or being guarded: raises the flag on an abuse, confinement or trafficking message. */
export function fearNow(normalized: string): boolean {
  const g = guards(normalized);
  return FEAR_NOW.test(normalized) && !g.pastOnly && !g.safeNow && !g.fiction;
}
const MEDICAL = re(
  "\\b(?:tidak bisa (?:jalan|berjalan|berdiri|gerak|bergerak)|pendarahan|berdarah|keluar darah|darah (?:\\w+ )?tidak (?:mau )?(?:berhenti|brenti|stop)|(?:batuk|muntah) (?:\\w+ )?darah|pingsan|tidak bisa (?:napas|nafas|bernafas|bernapas|bangun)|sesak napas parah|susah (?:napas|nafas)|(?:napas|nafas) (?:\\w+ )?(?:susah|sesak|berat)|sesak (?:napas|nafas) (?:\\w+ ){0,2}(?:dari tadi|sekarang|sangat|parah)|kejang|overdosis|tidak sadar|bleeding|lemas|lemes|menggigil|barely (?:stand|breathe)|cannot breathe|tidak bisa breathe|asma (?:\\w+ )?kambuh)\\b",
);
const MEDICAL_NOW = re("\\b(?:sendirian|sendiri di rumah)\\b|\\balone\\b|\\bmulai\\b|\\bdarah (?:\\w+ )?tidak (?:mau )?(?:berhenti|brenti|stop)\\b|\\b(?:sekarang|masih|banyak|tidak ada yang|tolong|help|parah|terus|dari tadi|tidak bisa bicara|sudah tidak bisa|dari semalam|sejak semalam|since last night)\\b|\\b(?:obat|inhaler|insulin) (?:\\w+ )?habis\\b");
/** Kept from a doctor: "majikan tidak izinkan ke klinik". */
const DENIED_CARE = re("\\b(?:tidak usah|jangan) ke (?:dokter|klinik|rumah sakit|rs)\\b|\\b(?:cuma|hanya|only) (?:\\w+ )?(?:kasih|dikasih|give\\w*) (?:panadol|paracetamol|obat warung|painkiller)\\b|\\b(?:tidak|belum|not) (?:\\w+ )?(?:dikasih|diizinkan|izinin|izinkan|boleh|dibolehkan|diantar|antar|dibawa|bawa|bagi|allowed|let me|take me)\\w* (?:\\w+ ){0,2}(?:ke )?(?:dokter|klinik|rumah sakit|rs|hospital|clinic|doctor)\\b");

/** Days without food or sleep ("2 hari gk dikasih makan", "udh 2 hari gk tidur")... */
const DEPRIVED = /\b(?:(?:\d+|dua|tiga|empat|two|three|berhari hari) (?:hari|days|malam|nights)|[2-9]\d (?:jam|hours)) (?:\w+ ){0,2}(?:tidak|belum|without|no) (?:\w+ )?(?:dikasih |diberi |dapat )?(?:makan|tidur|sleep|food)\b|\b(?:tidak|belum) (?:dikasih |diberi |boleh |dapat )?(?:makan|tidur) (?:\w+ ){0,3}(?:(?:\d+|dua|tiga|empat|berhari hari) (?:hari|days)|(?:dari|sejak) kemarin|since yesterday)\b/;
/** ...and the body giving way. */
const BODY_FAILING = /\bperut (?:\w+ )?sakit\b|\b(?:gemetar|lemas|lemes|pusing|muter|berputar|berkunang\w*|pingsan|sakit kepala|shaking|dizzy)\b/;
/** About to collapse: "badan gemetar mau jatuh", "hampir pingsan". */
const COLLAPSING = /\bberkunang\w*|\bkunang kunang\b|\b(?:gemetar|lemas|lemes|pusing|muter|berputar|kliyengan)\b(?: \w+){0,3} (?:mau|hampir|sudah mau) (?:jatuh|pingsan|ambruk|roboh)\b|\b(?:hampir|sudah mau) (?:pingsan|ambruk|roboh|jatuh)\b(?! (?:\w+ ){0,4}(?:untung|tapi tidak|but))/;
/** Serious signs that need a doctor soon (with care denied, danger). */
const SERIOUS = /\b(?:patah|melepuh|sobek|robek|luka bakar|bernanah|infeksi|demam tinggi|panas tinggi|high fever|infected)\b/;

/** A broken bone ("lengan patah", "patah tulang"). */
const FRACTURE = /\b(?:patah|retak) (?:\w+ )?(?:tulang|tangan|kaki|lengan|jari|rusuk|hidung)\b|\b(?:tulang|tangan|kaki|lengan|jari|rusuk|hidung)\w* (?:\w+ ){0,2}(?:patah|retak)\b|\bbroken (?:arm|leg|bone|rib|nose|finger|hand)\b/;
/** Cutting food: a knife in the kitchen is not a weapon. */
const COOKING = /\b(?:masak|memasak|motong|memotong|potong|ngiris|iris|keiris|teriris|kupas|ngupas|cooking|cutting)\b/;
/** Locked in with the water or food running out. */
const LOCKED_WITHOUT_SUPPLIES = re(
  "\\b(?:dikunci|dikurung|terkunci|locked)\\b.*\\b(?:air|minum|makan|makanan|food|water)\\b (?:\\w+ ){0,2}(?:habis|tinggal|tidak ada|sudah tidak|run(?:ning)? out|gone)\\b|\\b(?:air|minum|makan|makanan|food|water)\\b (?:\\w+ ){0,2}(?:habis|tinggal|tidak ada|run(?:ning)? out)\\b.*\\b(?:dikunci|dikurung|terkunci|locked)\\b|\\b(?:dikunci|dikurung|terkunci|locked)\\b.*\\b(?:tidak ada|tidak punya|no) (?:\\w+ )?(?:air|minum|makan|makanan|food|water)\\b|\\b(?:dikunci|dikurung|terkunci|locked)\\b.*\\b(?:cuma|hanya|only) (?:\\w+ )?(?:diberi|dikasih|given) (?:makan|food) (?:\\w+ )?(?:sekali|satu kali|1 kali|once)\\b|\\b(?:dikunci|dikurung|terkunci|disekap|locked (?:in|up))\\b(?: \\w+){0,10} (?:sudah|selama|for|sejak) (?:\\d+|dua|tiga|empat|lima|beberapa|two|three|several) (?:hari|days)\\b|\\b(?:sudah|selama|sejak|for) (?:\\d+|dua|tiga|empat|lima|beberapa|two|three|several) (?:hari|days)\\b(?: \\w+){0,3} (?:dikunci|dikurung|terkunci|disekap|locked)\\b|\\b(?:dikunci|dikurung|terkunci|locked)\\b.*\\b(?:pergi|libur|liburan|lungo|keluar kota|keluar negeri|away|holiday)\\b.*\\b(?:seminggu|sebulan|a week|berhari hari)\\b",
);
/** Police or immigration at her door now, or making her sign at the station. */
const POLICE_NOW = /\b(?:sekarang|lagi|sedang|being)\b (?:\w+ )?(?:dibawa|ditahan|ditangkap|taken|arrested|detained)\b (?:\w+ )?(?:polisi|imigrasi|petugas|police|immigration)\b|\b(?:polisi|imigrasi|police)\b (?:\w+ ){0,2}(?:datang|mau datang|on the way|otw|coming)\b (?:\w+ )?(?:sebentar lagi|sekarang|now)\b|\b(?:polisi|imigrasi|police|immigration)\b(?: \w+){0,3} (?:ngetok|ketok|ketuk|gedor|digedor|knock\w*|bang\w*)\w*\b.*\b(?:sekarang|now|takut)\b|\b(?:kantor polisi|police station|penjara|tahanan)\b.*\b(?:disuruh|dipaksa|minta|suruh|paksa|force\w*|make me) (?:\w+ ){0,2}(?:tanda tangan|tandatangan|sign)\b/;
/** Locked in right now ("sekarang juga lagi dikunci"): harm happening at this moment. */
const LOCKED_NOW = /\b(?:sekarang|lagi|sedang|masih|right now|currently) (?:\w+ ){0,2}(?:dikunci|dikurung|terkunci|disekap|locked)\b|^(?:saya |aku |i am )?(?:dikunci|dikurung|terkunci|disekap|locked in)(?: (?:di )?(?:kamar|rumah|sini|dalam|gudang|toilet))?$/;
/** Told to come to his room now or tonight, under a threat. */
const SUMMONED_UNDER_THREAT = re(
  "\\b(?:sekarang|nanti malam|malam ini|now|tonight) (?:\\w+ ){0,3}(?:suruh|nyuruh|disuruh|minta|panggil|dipanggil|told|asks?|wants?) (?:\\w+ ){0,3}(?:ke|masuk|datang ke|to|into) (?:\\w+ ){0,1}(?:kamar|room|bed)\\w*|\\b(?:suruh|nyuruh|disuruh|minta|panggil|dipanggil|told|asks?|wants?) (?:\\w+ ){0,3}(?:ke|masuk|datang ke|to|into) (?:\\w+ ){0,1}(?:kamar|room|bed)\\w* (?:\\w+ ){0,3}(?:sekarang|nanti malam|malam ini|now|tonight)\\b",
);
/** Words that make a summons to his room sexual ("kirim foto jorok, sekarang nyuruh ke kamarnya"). */
const SEXUAL_CONTEXT = /\b(?:jorok|porno|porn|mesum|telanjang|bugil|seks|sex|raba|diraba|grepe|cium|dicium|peluk|dipeluk|nude|naked|tidur (?:sama|dengan|bareng))\w*/;
const SUMMONS_THREAT = /\b(?:kalau (?:\w+ ){0,2}tidak|ancam\w*|diancam|if (?:i )?(?:don't|do not|refuse|not))\b/;
/** Locked in every time she is left alone: confinement, unless there is a threat. */
const HABITUAL = /\b(?:tiap|setiap|selalu|always|kalau (?:dia|majikan|mereka) (?:pergi|kerja|keluar))\b/;
/** "kirain mau mati, ternyata ...": a scare that turned out harmless. */
const FALSE_SCARE = /\b(?:kira|kirain|kiranya|thought)\b.*\b(?:ternyata|rupanya|turns? out|but it was)\b/;
/** "mati ketawa", "ngakak sampai mati": laughter, not self-harm. */
const LAUGHING = /\bmalu (?:\w+ ){0,2}(?:mau|pengen) mati\b.*\b(?:wkwk\w*|haha\w*|hehe\w*|lol)\b|\bmati (?:\w+ )?(?:ketawa|tertawa|ngakak|ketakutan|gaya|kutu|bosan|penasaran|kepedesan|kepedasan|kekenyangan|kegerahan|kedinginan)\b|\b(?:scared|bored) to death\b|\b(?:ketawa|tertawa|ngakak) (?:\w+ ){0,2}mati\b/;

const RAPED = /\b(?:diperkosa|perkosa|memperkosa|raped?)\b/;
const RECENT = /(?<!\b(?:bulan|minggu|tahun|month|week|year) )\b(?:kemarin|semalam|tadi|barusan|yesterday|last night)\b/;
/** Someone else's suicide ("ada tkw yang bunuh diri", "teman kos dulu bunuh diri"), and how she heard of it. */
const OTHERS_SUICIDE = /\b(?:ada (?:yang|orang|tkw|pmi|bmi|pekerja)|teman\w*|temen\w*|tetangga\w*|orang) (?:\w+ ){0,4}(?:yang )?(?:sudah )?bunuh_diri\b/;
const HEARD_OF = /\b(?:tadi|berita|news|fb|facebook|grup|group|viral|katanya|kabarnya|dengar|beneran)\b/;
/** "madam bilang aku tidak pantas hidup": what he or she said of her. */
const REPORTED_WORTHLESS = /\b(?:bilang|kata|katanya|ngatain|nyebut|said|says|called)\b(?: \w+){0,3} tidak pantas (?:\w+ )?hidup\b/;

/** Running away named, but not a flight happening now. */
const NOT_FLEEING_NOW = [
  // "majikan lapor saya kabur", "jadi kaburan": an absconding report, a legal matter.
  /\b(?:lapor|dilapor|melapor|laporkan|dilaporkan|report\w*) (?:\w+ ){0,2}kabur\b|\bkaburan\b|\bhuroob\b/,
  // "kalau saya kabur ...": a plan or a threat.
  /\bkalau (?:saya |aku )?(?:kabur|lari|minggat)\b/,
  // "paspor ditahan biar saya tidak kabur": the reason given, not a flight.
  /\b(?:biar|supaya|agar|takut|so) (?:\w+ ){0,2}(?:tidak|not|won't) (?:\w+ )?(?:kabur|lari|run)\b/,
  // "kabur dari majikan, sekarang kerja di restoran": fled long ago and settled, a legal matter.
  /\b(?:sekarang|now) (?:\w+ ){0,3}(?:kerja|tinggal|nginep|menginap|numpang|work\w*|stay\w*|tidak ada dokumen|tanpa dokumen|ilegal|illegal|overstay|undocumented)\b/,
];

function isBareCall(words: string[]): boolean {
  return words.length > 0 && words.length <= 6 && words.every((w) => BARE_WORDS.has(w)) && words.some((w) => CALL_WORDS.has(w));
}

/** Guards: the message speaks only of the past / of being safe, asks for information, or thanks. */
export interface Guards {
  pastOnly: boolean;
  safeNow: boolean;
  infoRequest: boolean;
  thanks: boolean;
  /** Film, news, games or laughter. */
  fiction: boolean;
  /** An everyday sense of an alarming word ("hp mati", "bunuh kecoa"). */
  everyday: boolean;
}

/** "tidak tahu harus bagaimana", "ga tau dimana": being lost, not asking for information. */
const NOT_KNOWING = /\btidak tahu (?:\w+ ){0,2}(?:dimana|kemana|bagaimana|cara|how|where)\b/g;
/** Everyday senses of alarming words: the phone or the lights "died", killing a cockroach. */
const EVERYDAY = /\b(?:hp|handphone|phone|baterai|batre|lampu|listrik|wifi|internet) (?:\w+ ){0,2}mati\b|\bmati (?:lampu|listrik)\b|\bbunuh (?:kecoa|nyamuk|tikus|semut|lalat|kutu|ayam|ikan|waktu)\b|\b(?:banyak|ada) (?:tikus|kecoa|nyamuk|semut|hama)\b/;

/** "pura pura main game": a cover, not a game. */
const PRETENDING = /\bpretend\w* (?:to )?(?:play|watch|read)\w*(?: \w+)?|\b(?:dia|anak\w*|mereka|he|she) (?:\w+ )?(?:lagi |sedang )?main (?:game|hp)\w*|\b(?:lagi|sedang) nonton tv\b|\bpura pura (?:\w+ )?(?:main|nonton|baca)\w*(?: \w+)?|\b(?:disuruh|dipaksa|nyuruh|suruh|paksa|maksa|ngajak)\w* (?:\w+ ){0,2}nonton\w*(?: \w+){0,2}/g;
/** "help me write my CV", "tolong buatkan resep": a task, not a call for help. */
const TASK_REQUEST = /\b(?:help|tolong|bantu) (?:me |saya )?(?:write|make|translate|choose|check|bikin|buat|buatkan|bikinin|tulis|tuliskan|terjemah\w*|pilih|hitung|cek) (?!(?:\w+ )?(?:polisi|police|kbri|kjri|embassy|laporan))/;

const EVERYDAY_ALL = new RegExp(EVERYDAY.source, "g");

/** The message without its everyday senses of alarming words ("hp mati", "mati lampu", "bunuh kecoa"). */
export function withoutEveryday(normalized: string): string {
  return normalized.replace(EVERYDAY_ALL, " ").replace(/\s+/g, " ").trim();
}

export function guards(normalized: string): Guards {
  const hasNow = /\b(?:sekarang|sedang|masih|barusan|malam ini|lagi|dari tadi)\b|\bsudah tidak (?:bisa|kuat|tahan|sanggup)\b/.test(normalized);
  const safeNow = SAFE_NOW.test(normalized);
  return {
    pastOnly: PAST.test(normalized) && (!hasNow || safeNow),
    safeNow,
    infoRequest: INFO.test(normalized.replace(NOT_KNOWING, " ")),
    thanks: THANKS.test(normalized),
    fiction: FICTION_WORDS.test(normalized.replace(PRETENDING, " ")) || LAUGHING.test(normalized),
    everyday: EVERYDAY.test(normalized) || TASK_REQUEST.test(normalized),
  };
}

/** The message looks harmless: past only, safe now, an information request, thanks, fiction, everyday words. */
export function looksHarmless(g: Guards): boolean {
  return g.pastOnly || g.safeNow || g.infoRequest || g.thanks || g.fiction || g.everyday;
}

/**
 * Explicit danger signals in a message (raw or already normalised text). Returns the most urgent
 * signal, or undefined when no pattern matches.
 */
export function detectDanger(text: string, alreadyNormalized = false): DangerSignal | undefined {
  const n = alreadyNormalized ? text : normalize(text);
  const words = n.split(" ").filter(Boolean);
  const g = guards(n);
  const harmless = g.pastOnly || g.safeNow || g.fiction;
  // The emergency patterns read the message without "kalau ketahuan ..." clauses.
  const core = withoutFoundOut(n);
  const foundOut = core !== n;
  // Hiding only to write is writing in secret (the problem stays the intent), not hiding from an attack.
  const hidingToWrite = HIDING_TO_WRITE.test(n) && !EMERGENCY_HIDING.test(n.replace(HIDING_TO_WRITE_ALL, " "));
  if (isBareCall(words) || (words.length >= 2 && words.every((w) => w === "mohon"))) return { kind: "emergency", rule: "bare-call" };
  if (/\b(?:sos|darurat|emergency)\b(?! (?:exit|stairs?))/.test(n) && !/\b(?:tangga|pintu|jalur|keluar) darurat\b/.test(n) && (!g.infoRequest || /\bdarurat (?:sangat|sekali|nih)\b|\b(?:ini|lagi|sangat) darurat\b/.test(n)) && !harmless && !/\b(?:bukan|tidak|not an?|no) (?:\w+ )?(?:darurat|emergency|sos)\b|\b(?:sos|darurat) (?:itu|artinya|singkatan|means?|stands?)\b|\b(?:arti|singkatan|meaning of) (?:\w+ )?(?:sos|darurat)\b|\b(?:darurat|emergency) (?:tidak|gak|bukan) sih\b|\b(?:apakah|termasuk) (?:\w+ ){0,3}darurat\b/.test(n)) return { kind: "emergency", rule: "alarm-word" };
  for (const [rule, pattern] of EMERGENCY) {
    if (!pattern.test(core)) continue;
    if (harmless) continue;
    if (rule === "fled-just-now" && PAST.test(n)) continue;
    if ((rule === "fled-just-now" || rule === "fled-nowhere" || rule === "about-to-flee") && NOT_FLEEING_NOW.some((r) => r.test(n))) continue;
    // "nomor darurat KBRI", "alamat shelter": questions about help are not danger by themselves.
    if (g.infoRequest && (rule === "danger-words" || (rule === "weapon" && !WEAPON_AIMED.test(n)))) continue;
    if (rule === "locked-afraid" && (HABITUAL.test(n) || /\b(?:kalau|if) (?:\w+ ){0,3}(?:kebakaran|fire|ada apa apa|darurat|emergency)\b/.test(n))) continue;
    if (rule === "hiding" && hidingToWrite) continue;
    // Hiding from an immigration raid: a legal matter, in danger.
    if (rule === "hiding" && /\b(?:razia|raid|imigrasi|immigration)\b/.test(n)) return { kind: "danger", rule: "hiding-from-raid" };
    if (rule === "weapon" && (COOKING.test(n) || /\b(?:pil|obat|pills?)\b/.test(n))) continue;
    // "kalau kebakaran gimana": a worry about what could happen, not a fire.
    if (rule === "fire" && /\b(?:kalau|if|seandainya|misal\w*) (?:\w+ ){0,2}(?:kebakaran|fire|gas)\b/.test(n)) continue;
    if (rule === "weapon" && !/\b(?:ancam|diancam|bawa(?!ng)|pegang|acung|todong|tusuk|bunuh|kejar|ambil|mau|hunus|bacok|has|holding)\w*/.test(n)) continue;
    return { kind: "emergency", rule };
  }
  // "hp mau mati, sudah dulu ya": the phone dying is not her wish to die.
  // "kemarin saya coba gantung diri", "diperkosa kemarin": yesterday is not over, unless she says she is safe now.
  const onlyYesterday = !g.safeNow && !PAST.test(n.replace(RECENT_PAST_ALL, " "));
  for (const [rule, pattern] of SELF_HARM) {
    // "kena silet", "tidak sengaja": an accident, not cutting herself.
    if (rule === "cutting" && /\b(?:kena|terkena|tidak sengaja|accident\w*|keiris)\b/.test(n)) continue;
    // "ada tkw yang bunuh diri di hk tadi, beneran?": someone else's death, heard of, not hers.
    if (rule === "suicide" && OTHERS_SUICIDE.test(n) && (PAST.test(n) || HEARD_OF.test(n))) continue;
    // "madam bilang aku tidak pantas hidup": a reported insult.
    if (rule === "no-will-to-live" && REPORTED_WORTHLESS.test(n)) continue;
    const onScreen = g.fiction && /\b(?:pemeran|tokoh|aktor|aktris|karakter|character|actor|actress|cowoknya|ceweknya|ada yang|someone|seseorang)\w*(?: \w+){0,4} (?:bunuh_diri|suicid\w*|lompat|loncat|jump\w*|gantung)/.test(n);
    // "dulu pernah pengen bunuh diri, sekarang sudah sehat": over, not now (unless it comes back every night or was yesterday).
    if (pattern.test(withoutEveryday(n)) && !LAUGHING.test(n) && !FALSE_SCARE.test(n) && (!g.pastOnly || HABITUAL.test(n) || onlyYesterday) && !(rule === "jump" && g.fiction) && !onScreen) return { kind: "self_harm", rule };
  }
  if (hidingToWrite && !harmless) return { kind: "danger", rule: "writing-in-hiding" };
  if (foundOut && SECRET_MANNER_RE.test(n) && !g.fiction) return { kind: "danger", rule: "secret-under-threat" };
  if (SECRET.test(n) && (foundOut || SECRET_THREAT.test(n)) && !g.fiction) return { kind: "danger", rule: "secret-under-threat" };
  // Raped last night or yesterday: care and evidence are needed now (unless she says she is safe).
  if (RAPED.test(n) && RECENT.test(n) && onlyYesterday && !g.fiction) return { kind: "danger", rule: "raped-recently" };
  // Writing in a hurry is about now, whatever the message says of the past.
  if (SECRET_HURRY.test(n) && !g.fiction && !g.safeNow) return { kind: "danger", rule: "writing-in-a-hurry" };
  if (harmless) return undefined;
  const rule = DANGER_RULES.find(([, test]) => test(n, core))?.[0];
  return rule ? { kind: "danger", rule } : undefined;
}

/** Harm now that only raises the flag (the intent stays the classifier's), in order; `core` is without "kalau ketahuan ..." clauses. */
const DANGER_RULES: [string, (n: string, core: string) => boolean][] = [
  ["cut-off", (n) => CUT_OFF.test(n)],
  ["sexual-now", (_n, core) => SEXUAL_NOW.test(core)],
  ["denied-care", (n) => (MEDICAL.test(n) || SERIOUS.test(n)) && DENIED_CARE.test(n)],
  ["deprived", (n) => DEPRIVED.test(n) && BODY_FAILING.test(n)],
  ["collapsing", (n) => COLLAPSING.test(n)],
  ["fracture", (n) => FRACTURE.test(n)],
  ["head-injury", (n) => /\b(?:kepala|head)\b/.test(n) && /\b(?:dipukul|kena|terbentur|dibenturkan|jatuh|hit|dilempar)\w*/.test(n) && /\b(?:muntah|pingsan|tidak sadar|berdenging|vomit\w*)\b/.test(n)],
  ["not-breathing", (n) => /\b(?:tidak (?:napas|nafas|bernapas|bernafas)|not breathing|bibir\w* (?:\w+ )?biru)\b/.test(n)],
  ["pregnancy-bleeding", (n) => /\b(?:hamil|pregnant)\b/.test(n) && /\b(?:darah|berdarah|pendarahan|flek|bleeding|keguguran|miscarriage|ketuban|kontraksi|penglihatan (?:kabur|buram)|kejang)\b/.test(n)],
  ["medical-now", (n) => MEDICAL.test(n) && MEDICAL_NOW.test(n)],
  ["locked-without-supplies", (n) => LOCKED_WITHOUT_SUPPLIES.test(n)],
  ["police-now", (n) => POLICE_NOW.test(n)],
  ...DANGER_NOW.map(([rule, pattern]): [string, (n: string) => boolean] => [rule, (n) => pattern.test(n)]),
  ["locked-now", (n) => LOCKED_NOW.test(n)],
  ["summoned-under-threat", (n) => SUMMONED_UNDER_THREAT.test(n) && (SUMMONS_THREAT.test(n) || SEXUAL_CONTEXT.test(n))],
];
