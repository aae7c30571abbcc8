import { describe, expect, it } from "vitest";
import { detectDanger } from "../src/index.js";
import { guards } from "../src/danger.js";

/** One round's rules: each message raises its rule; each harmless one raises nothing. */
function ruleCases(title: string, flagged: [string, string][], harmless: string[]): void {
  describe(title, () => {
    it.each(flagged)("%s → %s", (text, rule) => {
      expect(detectDanger(text)?.rule).toBe(rule);
    });
    it.each(harmless)("does not flag %s", (text) => {
      expect(detectDanger(text)).toBeUndefined();
    });
  });
}

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
    "gimana caranya mati tanpa sakit",
    "kalo sy udh ga ada nanti tolong bilangin mamak sy minta maaf",
    "udah nulis surat terakhir buat anakku",
  ])("flags %s as self-harm", (text) => {
    expect(detectDanger(text)?.kind).toBe("self_harm");
  });

  it.each([
    "sy chat diam2, kalau majikan tau hp disita",
    "jangan telepon balik, majikan awasi",
    "ngetik ini diem2 krn hp dilarang",
    "texting from the toilet, sir grabbed my neck",
    "ieu ngetik sasumputan, mun kanyahoan abdi dipukul",
    "im typing this while she naps, she will beat me again",
  ])(
    "flags writing in secret under threat: %s",
    (text) => {
      expect(detectDanger(text)?.kind).toBe("danger");
    },
  );

  it.each([
    "majikan tengah tampar muka saya",
    "tolong majikan mukul saya",
    "aku dimasukin ke mobil sm calo",
    "ada orang masuk rumah, aku sendirian",
    "🆘🆘",
    "hp mau direbut cepet kasih no polisi",
    "help he is hitting me",
    "i am locked in and there is smoke, he set fire to the kitchen",
    "the man from the agency is dragging me out by my hair",
    "he is following me home, he's right behind me now",
  ])("flags %s as an emergency", (text) => {
    expect(detectDanger(text)?.kind).toBe("emergency");
  });

  it("flags a medical emergency happening now", () => {
    expect(detectDanger("they haven't fed me since yesterday, i'm so weak i can barely stand right now")?.kind).toBe("danger");
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
    "madam bilang aku cuma beban di rumah ini",
    "dulu pernah pengen gantung diri, alhamdulillah skrg udh sehat",
    "aku lg di tangga darurat, lift rusak",
    "aku dikejar2 anjing tetangga pas jalan pagi",
    "bahaya gk ya kalau minum obat flu 2 kali",
    "follow me on instagram",
    "madam threatens to call police and say I stole",
    "kafil bilang kalau saya kabur keluarga saya akan dicari",
    "nonton drakor td, pemeran utamanya dibunuh",
    "kalau saya tidak ada di rumah, paket dititip satpam",
    "tolong majikan suka mukul saya, gimana lapornya",
    "my employer tied the boxes in the garage",
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

ruleCases(
  "detectDanger: this round's rules",
  [
    ["dikunci dr luar dr kemarin, air minum udh abis", "locked-without-supplies"],
    ["makanan tinggal sedikit, aku terkunci sendirian di rumah", "locked-without-supplies"],
    ["dia nyuruh aku ke kamarnya sekarang, kl gk mau gajiku ditahan", "summoned-under-threat"],
    ["bos ngancam, dia minta aku masuk kamarnya nanti malam", "summoned-under-threat"],
    ["sy batuk darah dr td", "medical-now"],
    ["gimana biar ga sakit pas mati", "how-to-die"],
    ["aku nanya diem2 ya, kalau ketahuan aku dipukul", "secret-under-threat"],
  ],
  [
    "bukan darurat kok, cuma mau tanya",
    "halo, tenang ini bukan darurat",
    "SOS itu singkatan apa?",
    "pipi masih bengkak ditampar kemarin sore",
    "kirain aku mau mati, ternyata cuma masuk angin",
    "majikan lapor saya kabur, sekarang saya jadi kaburan",
    "kabur dari majikan baheula, ayeuna kerja di restoran",
    "dia nyuruh aku ke kamarnya sekarang buat beresin lemari",
  ],
);

ruleCases(
  "detectDanger: after reading blind-k and blind-l",
  [
    ["p p p tolong", "bare-call"],
    ["dia blm pulang tp td telp blg pulang nanti aq dihabisin", "kill-threat"],
    ["madam lunga, aku dikunci nang apartemen, ket wingi ora ono panganan", "locked-without-supplies"],
  ],
  [
    "jari keiris pisau pas motong bawang, berdarah dikit",
    "di drakor td cowoknya lompat dr jembatan aq mewek",
    "aku mlayu seko majikan 2 taun kepungkur, saiki ora nduwe dokumen",
  ],
);

ruleCases(
  "detectDanger: after reading blind-m and blind-n",
  [
    ["aku dikurung nang kamar wis 3 dino", "locked-without-supplies"],
    ["dikunci di gudang, cuma dikasih makan sekali sehari", "locked-without-supplies"],
    ["ketik cepet ya, madam di ruang tamu, paspor sy dia simpen", "writing-in-a-hurry"],
    ["kasih nomer kbri, quick before madam comes back", "writing-in-a-hurry"],
    ["hp sy blm diambil, tolong catat alamat sy", "writing-in-a-hurry"],
    ["udah dulu ya dia dtg", "cut-off"],
    ["bye he's back", "cut-off"],
    ["majikan lagi ngintip saya di kamar mandi sekarang", "sexual-now"],
    ["ngetik ini sambil ngumpet, gaji 5 bln blm dibayar", "writing-in-hiding"],
    ["hiding in the store room to type, sir keeps my passport", "writing-in-hiding"],
    ["ada razia imigrasi, sy ngumpet di atap", "hiding-from-raid"],
    ["majikan udh pulang, aku ngumpet di balik lemari", "hiding"],
    ["aku wis neng njaba omah, ora ngerti dalan, wis tengah wengi", "fled-nowhere"],
    ["ada cowok masuk kamar sy td, sy takut", "intruder"],
    ["pls pls", "bare-call"],
    ["i keep hitting my head on the door", "self-inflicted"],
    ["arep nguntal pil sak botol wae", "poison"],
    ["ini pesan terakhir saya untuk anak", "farewell"],
    ["gimana biar tidur trs gk bangun lg", "no-point"],
  ],
  [
    "is it abuse if madam yells every day?",
    "tiap majikan pergi sy dikunci, kalau kebakaran gimana ya",
    "sy batuk tiap pagi, kadang ada darah dikit, ini bahaya gk",
    "hp sy mau mati, udah dulu ya kak",
    "aku mau mati ketawa lihat video kucing",
    "kabur dari majikan, sekarang jadi kaburan, ARC mati",
    "sudah dulu ya kak, makasih",
    "saya sudah pulang ke kampung, aman",
  ],
);

describe("detectDanger: after reading blind-m and blind-n", () => {
  it("a task is not a call for help, and the employer coming home is not her being safe", () => {
    expect(guards("help me write my cv").everyday).toBe(true);
    expect(guards("dia sudah pulang saya sembunyi di loteng").safeNow).toBe(false);
    expect(guards("saya sudah pulang").safeNow).toBe(true);
  });
});

ruleCases(
  "detectDanger: after reading blind-q and blind-r",
  [
    ["air sdh masuk kapal, kami di dek", "sinking"],
    ["nenek jatuh di kamar mandi gk gerak", "unresponsive"],
    ["dia udh di depan pintu kamar mau masuk", "at-the-door"],
    ["dia udh di luar pintu bawa sabuk", "weapon"],
    ["madam ngamuk mau tusuk aku", "rage-attack"],
    ["langkahnya makin deket", "approaching"],
    ["temanku dibuang ke laut sama kapten", "overboard"],
    ["tanganku diborgol", "tied"],
    ["dia bilang aku gk bakal keluar hidup2 dr sini", "kill-threat"],
    ["dia nyalain gas trs jendela ditutup semua", "fire"],
    ["gk bisa ngomong dia di sebelah sy", "writing-in-a-hurry"],
    ["i use a guest phone, boss watch us", "secret-under-threat"],
    ["demam tinggi 4 hari, majikan gk izinin ke dokter", "denied-care"],
    ["obat tidur udh sy kumpulin", "stockpiling"],
    ["baygon udh sy tuang ke gelas", "poured"],
    ["tolong urus jenazah saya ya", "affairs-in-order"],
    ["kalau aku meninggal keluargaku dapat apa, aku mau beresin sebelum aku pergi", "affairs-in-order"],
    ["tali udh sy ikat di kipas", "hanging"],
    ["lebih baik aku gk ada", "want-to-die"],
    ["pamit ya, jaga anak2, jgn sedih", "farewell"],
    ["jangan cari aku lagi", "farewell"],
  ],
  [
    "temen sy dulu diperkosa majikan, skrg dia hamil, mau lapor gmn",
    "kesel bgt pengen bunuh orang, gaji dipotong lagi",
    "mam always hits my head when she is angry",
    "disiram air panas minggu lalu, skrg lukanya bernanah",
    "jari kena pisau cukur pas bersihin kamar mandi, dikit aja",
    "gk usah nyariin aku lagi ya mak, bulan depan aku pulang",
  ],
);

ruleCases(
  "detectDanger: after reading blind-o and blind-p",
  [
    ["lampu kamar aku matiin biar dia kira aku tidur", "lying-low"],
    ["dia pulang mabuk, aku pura2 tidur", "lying-low"],
    ["klo aku gk bales lg berarti dia ngamuk, tolong kabari ibu", "if-no-reply"],
    ["racun tikus klo diminum brp lama", "poison"],
    ["ngetik pas majikan sholat, paspor ditahan, takut", "secret-under-threat"],
    ["on a hidden phone, they watch me all day", "secret-under-threat"],
    ["sy pake hp yg sy ambil dr laci madam, klo ketahuan abis", "secret-under-threat"],
    ["dia ngawasin sy dr ruang tamu, gaji blm dibayar", "writing-in-a-hurry"],
    ["aku pura2 main hp biar gk curiga", "writing-in-a-hurry"],
    ["nyerat bari cicingan, dipaksa damel teu dibayar", "secret-under-threat"],
  ],
  [
    "kabur dr majikan thn lalu, skrg kerja di pabrik, aman gk",
    "film ini bikin mati ketakutan, seru",
    "chat diem2 pas kerja wkwk, kurs hari ini brp",
  ],
);

ruleCases(
  "detectDanger: after reading blind-s and blind-t",
  [
    ["aku tiap malam kepikiran bunuh diri", "suicide"],
    ["aku gk pantes hidup", "no-will-to-live"],
    ["ini hp cadangan, yg asli disita, klo ketahuan abis aku", "secret-under-threat"],
    ["hp sy mau disita, tolong catat nomer ini", "writing-in-a-hurry"],
    ["madam curiga aku main hp, gaji blm dibayar", "writing-in-a-hurry"],
    ["sinyal cuma sebentar, kapten tahan paspor kami", "writing-in-a-hurry"],
    ["badanku gemeteran mau pingsan, belum makan dr kemarin", "deprived"],
    ["dikunci di apartemen sama anaknya nunggu agen, udh 3 hari", "locked-without-supplies"],
    ["aku takut, dia udah pulang", "afraid-he-is-back"],
  ],
  [
    "wingi aku ditendang juragan, saiki sikilku abuh",
    "paspor ditahan biar aku gk kabur, gimana cara mintanya",
    "nonton drakor, tokoh utamanya bunuh diri, sedih bgt",
  ],
);

ruleCases(
  "detectDanger: after reading blind-u and blind-v",
  [
    ["asma kambuh, obat habis", "medical-now"],
    ["gmn biar tidur trs gk usah bangun lg", "no-point"],
    ["sy nulis ini pas kapten tidur, yg protes dipukul", "secret-under-threat"],
    ["polisi ngetok pintu kos sy skrg, sy overstay", "police-now"],
    ["di kantor polisi sy disuruh tanda tangan surat yg gk sy ngerti", "police-now"],
    ["nomer polisi brp, madam marah mau nempelin setrika ke sy", "weapon"],
    ["aku suka benturin kepala ke tembok kalau stres", "self-inflicted"],
    ["aku mau istirahat selamanya, titip salam buat ibu", "forever"],
    ["maaf ya bu, aku udh di atap", "at-the-edge"],
    ["semua udh aku beresin, makasih udh baik selama ini", "affairs-in-order"],
    ["anak majikan lagi nungguin di depan kamar mandi", "waiting-outside"],
    ["kakek lagi minta dipegang di bagian yang gk pantes", "sexual-now"],
    ["cepet ya aku gk bisa lama, madam di dapur", "writing-in-a-hurry"],
    ["bos lagi tidur jd sy bisa telpon skrg, nomer kbri?", "secret-under-threat"],
    ["gk bisa telpon krn majikan denger, paspor ditahan", "secret-under-threat"],
    ["skrg jg lagi dikunci dr luar", "locked-now"],
    ["mataku berkunang2, 30 jam gk tidur", "deprived"],
  ],
  [
    "kalau kebakaran pas aku dikunci gimana ya, takut",
    "madam gk ngizinin keluar, katanya bahaya",
    "racun tikus yg bagus apa, di gudang banyak tikus",
  ],
);

ruleCases(
  "detectDanger: after reading blind-w and blind-x",
  [
    ["i want to send my savings home before i end it", "end-life"],
    ["dia kirim video porno, skrg nyuruh aku ke kamarnya", "summoned-under-threat"],
    ["dia lagi teriak2 di depan kamar sy", "raging-at-the-door"],
    ["katanya aku udh dibeli, skrg gk boleh keluar", "sold-and-held"],
    ["kula dipun kunci, mboten gadhah tedha", "locked-without-supplies"],
    ["aku ngetik neng WC, bose ngancam", "secret-under-threat"],
    ["this is my friend's phone, don't reply after 10pm, i'm not allowed out", "secret-under-threat"],
    ["nomer kbri cepet, majikan lagi tidur", "secret-under-threat"],
  ],
  [
    "nonton drakor, ada yg bunuh diri, sedih",
    "dulu pernah dipukul sponsor, sampai sekarang masih mimpi buruk",
    "lirik lagu kau bunuh aku dengan cintamu siapa penyanyinya",
    "seblak level 5 bikin mati kepedesan",
  ],
);

ruleCases(
  "detectDanger: after reading blind-y and blind-z",
  [
    ["2 hari gk dikasih makan, badanku gemeteran", "deprived"],
    ["udh 3 hari gk tidur, kepala muter2", "deprived"],
    ["my friend fainted in the bathroom, not waking up", "unresponsive"],
    ["mau nanya nomor kbri, tadi dia bawa pisau ke kamarku", "weapon"],
    ["demam tinggi, majikan cuma kasih panadol", "denied-care"],
    ["muntah darah dr semalem", "medical-now"],
    ["asma kambuh, inhaler habis", "medical-now"],
    ["aku mau ke kjri tapi harus diam2, kalau ketahuan aku dihajar", "secret-under-threat"],
    ["chat ini rahasia ya, madam cek hp aku tiap malam", "secret-under-threat"],
    ["kami dipaksa nipu orang lewat hp", "forced-scam"],
  ],
  [
    "temen dulu pernah mau dibunuh majikan, tapi itu cerita lama, sekarang dia sukses",
    "malu bgt mau mati aja, salah kirim stiker wkwk",
  ],
);

ruleCases(
  "detectDanger: after reading blind-ba to blind-ff",
  [
    ["sy mau cerita tp takut, majikan di sebelah. sy gk aman di sini", "not-safe"],
    ["sesak, asap dimana2, aku di kamar yg dikunci", "fire"],
    ["wingi aku nyoba gantung diri nganggo jilbab tapi talie pedhot", "hanging"],
    ["sy diperkosa bos tadi malam, sy sendirian di rumah", "raped-recently"],
    ["lengan sy patah didorong madam, blm dibawa ke dokter", "denied-care"],
    ["jari sy patah kejepit pintu td pagi", "fracture"],
    ["perut sy sakit bgt dan keluar darah banyak, sy hamil 3 bln", "pregnancy-bleeding"],
    ["babynya gk napas kak, bibirnya biru", "not-breathing"],
    ["give me consulate number, she watching me type", "writing-in-a-hurry"],
    ["kbri doha nomer brp?? cepet sy cuma bs pegang hp 1 menit", "writing-in-a-hurry"],
    ["ada suara kunci dibuka. udh dulu", "cut-off"],
    ["dia pulang, aku matiin hp dulu", "cut-off"],
    ["skrg aku ganjel pintu pake kursi, dia di luar", "barricading"],
    ["hp mau mati, sy di semak2, dia nyari pake senter", "hiding"],
    ["ak nunggu dia tidur dulu trs kabur lewat jendela", "about-to-flee"],
    ["aku dikunci di dalem rumah, majikan liburan ke jepang seminggu", "locked-without-supplies"],
    ["pengen pulang tp bukan ke kampung, pengen pulang ke yg di atas aja", "forever"],
    ["nomer hotline kjri osaka ada? darurat bgt", "alarm-word"],
  ],
  [
    "sy mimpi dibunuh majikan semalem, serem bgt",
    "dulu sy prnh dikunci di rumah pas majikan liburan seminggu, skrg udh ganti majikan",
    "kata temen ku di grup ada tkw yg bunuh diri di hk td, beneran gk sih?",
    "aku dibentak tiap hari, madam bilang aku gk pantes idup",
    "kabur dr majikan, skrg ilegal. gmn biar legal lg",
  ],
);
