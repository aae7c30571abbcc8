/** Four short money lessons, written for Juang (no statistics but the cited corridor data). */
import { CORRIDORS, SDG_TARGET_PCT } from "@safetravel/juang";
import type { Lang } from "@safetravel/juang";

export interface Lesson {
  key: string;
  title: string;
  body: string[];
}

function corridorLine(lang: Lang): string {
  const known = CORRIDORS.corridors.filter((c) => c.avgTotalCostPct !== null);
  const list = known.map((c) => `${c.from} ${String(c.avgTotalCostPct).replace(".", lang === "id" ? "," : ".")}%`).join(", ");
  const period = known[0]?.period ?? "";
  return lang === "id"
    ? `Rata-rata biaya kirim ke Indonesia per negara asal, menurut Bank Dunia (Remittance Prices Worldwide, ${period}): ${list}. Target dunia (SDG 10.c): di bawah ${SDG_TARGET_PCT}%.`
    : `Average cost of sending money to Indonesia by sending country, per the World Bank (Remittance Prices Worldwide, ${period}): ${list}. The world target (SDG 10.c): below ${SDG_TARGET_PCT}%.`;
}

export function lessons(lang: Lang): Lesson[] {
  if (lang === "en") {
    return [
      {
        key: "budget",
        title: "1. Plan your salary on payday",
        body: [
          "On payday, split your salary before you spend it: what you send home, what you save, what you need here, and a little for emergencies.",
          "Put the saving aside first, not at the end of the month. Set a budget per category in Juang and check it once a week.",
          "Write down small spending too: phone credit and snacks add up.",
        ],
      },
      {
        key: "remit",
        title: "2. The true cost of sending money",
        body: [
          "A transfer costs the fee you see plus the exchange-rate margin you do not see: a worse rate than the market rate means your family gets less.",
          "Compare providers by what your family receives for the same amount, not by the fee alone. Use licensed banks and money-transfer operators.",
          corridorLine("en"),
        ],
      },
      {
        key: "sharks",
        title: "3. Stay away from loan sharks (rentenir)",
        body: [
          "Loan sharks and unlicensed online lenders charge very high interest, take your passport or documents, and threaten you or your family. Holding your passport is against the law in many countries.",
          "Before you borrow: ask for the total you will repay, in writing. Check that the lender is licensed (in Indonesia: registered with OJK).",
          "If you are threatened or your documents are taken, contact the Indonesian mission (KBRI/KJRI) — the help button in Safe Travel.",
        ],
      },
      {
        key: "return",
        title: "4. Save for your return home",
        body: [
          "Decide what you are working for — a business, your children's school, a house — and the amount and date. Juang shows how much to save each month.",
          "Keep savings in an account in your own name, not with an agent or employer. Keep your bank book and cards yourself.",
          "Plan the first months back home too: income takes time to start again.",
        ],
      },
    ];
  }
  return [
    {
      key: "budget",
      title: "1. Atur gaji saat gajian",
      body: [
        "Saat gajian, bagi gaji sebelum dibelanjakan: untuk dikirim, ditabung, kebutuhan di sini, dan sedikit dana darurat.",
        "Sisihkan tabungan di awal, bukan di akhir bulan. Pasang anggaran per kategori di Juang dan cek seminggu sekali.",
        "Catat juga belanja kecil: pulsa dan jajan lama-lama jadi besar.",
      ],
    },
    {
      key: "remit",
      title: "2. Biaya kirim uang yang sebenarnya",
      body: [
        "Biaya kiriman = biaya yang terlihat + selisih kurs yang tidak terlihat: kurs yang lebih rendah dari kurs pasar membuat keluarga menerima lebih sedikit.",
        "Bandingkan penyedia dari berapa yang diterima keluarga untuk jumlah yang sama, bukan dari biayanya saja. Pakai bank dan jasa kirim uang yang berizin.",
        corridorLine("id"),
      ],
    },
    {
      key: "sharks",
      title: "3. Hindari rentenir",
      body: [
        "Rentenir dan pinjol ilegal memasang bunga sangat tinggi, menahan paspor atau dokumen, dan mengancam Anda atau keluarga. Menahan paspor melanggar hukum di banyak negara.",
        "Sebelum meminjam: minta total yang harus dibayar kembali, tertulis. Pastikan pemberi pinjaman berizin (di Indonesia: terdaftar di OJK).",
        "Jika diancam atau dokumen ditahan, hubungi perwakilan RI (KBRI/KJRI) — tombol bantuan di Safe Travel.",
      ],
    },
    {
      key: "return",
      title: "4. Menabung untuk pulang",
      body: [
        "Tentukan tujuan Anda bekerja — modal usaha, sekolah anak, rumah — beserta jumlah dan waktunya. Juang menghitung berapa yang perlu ditabung tiap bulan.",
        "Simpan tabungan di rekening atas nama sendiri, bukan di agen atau majikan. Pegang sendiri buku tabungan dan kartu Anda.",
        "Rencanakan juga bulan-bulan pertama di rumah: penghasilan butuh waktu untuk mulai lagi.",
      ],
    },
  ];
}
