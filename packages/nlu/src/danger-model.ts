/**
 * A dedicated binary danger model: logistic regression over hashed features of the normalised
 * message, trained on every corpus line labelled danger / not danger.
 *
 * Features (all hashed into one weight table, so the model is a single Float32Array):
 * - normalised words and word pairs;
 * - character 3- to 5-grams of each word (with word boundaries), so that typos and unseen
 *   inflections of a danger word ("dipukulin", "cekek", "bunh") still share most of their features;
 * - lexicon groups: harm verbs, weapons, threats, fear, hiding, fleeing, being locked in, self-harm,
 *   "now"/urgency cues, calls for help, writing in secret, and the harmless contexts (past, safe now,
 *   information request, film/news/laughter). A word of a group fires the group's feature, and a few
 *   pairs of groups fire combined features (harm + now, weapon + threat, hiding + fear...). The
 *   lexicons are broad (id/jv/su/ms/en) and matched with one edit of tolerance on longer words, so a
 *   danger word the corpus never contained still counts through its group.
 *
 * The model returns a probability; the classifier compares it with a recall-first threshold.
 */

export interface DangerModel {
  /** Probability in [0, 1] that a normalised message is danger. */
  score(normalized: string): number;
  /** Lexicon groups that fire on a normalised message (for explanations and tests). */
  groups(normalized: string): string[];
}

export interface DangerTrainItem {
  /** Normalised text. */
  text: string;
  danger: boolean;
}

export interface DangerModelOptions {
  epochs?: number;
  /** Weight of a danger example relative to a harmless one (recall first). */
  positiveWeight?: number;
  l2?: number;
  learningRate?: number;
}

const BITS = 18;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;

// Lexicons on normalised words (normalize.ts already maps many regional words to one Indonesian
// word; the regional forms it leaves alone are listed too). Prefixes/suffixes are stripped when the
// exact word is not listed, and words of 5+ letters match with one edit.
const LEXICON: Record<string, string> = {
  harm: `pukul dipukul pukuli dipukuli tampar ditampar tendang ditendang cekik dicekik siksa disiksa aniaya dianiaya serang diserang
    hajar dihajar bacok dibacok tusuk ditusuk perkosa diperkosa jambak dijambak injak diinjak banting dibanting siram disiram bakar dibakar
    seret diseret sekap disekap ikat diikat bunuh dibunuh kejar dikejar setrum disetrum culik diculik gebuk cambuk dicambuk sabet disabet
    lempar dilempar dorong didorong cakar dicakar gigit digigit sundut disundut setrika disetrika aniaya tonjok ditonjok gampar hantam dihantam
    neunggeul neunggeulan ditenggeul peupeuh dipeupeuh gebugan nggebuki antemi diantemi jotos dijotos keplak dikeplak sepak disepak
    terajang diterajang lempang dilempang belasah dibelasah pukulan serangan
    stab stabbed stabbing attack attacked attacking hurt hurting hurts beat beating beaten strangle strangling grab grabbed grabbing drag dragged
    dragging burn burned burning push pushed kicked punching punched hitting smash smashed`,
  weapon: `pisau pistol senjata gunting parang golok linggis besi kayu balok tongkat palu kapak pedang celurit samurai obeng botol bensin
    minyak panas hanger sapu garpu setrika gun knife knives weapon weapons stick sticks hammer scissors glass gelas piring kursi tali sabuk
    ikat pinggang rotan cambuk pecahan kaca api korek`,
  threat: `ancam diancam ancaman mengancam bunuh dibunuh membunuh mati mampus threat threaten threatened threatens kill killed ugut diugut
    mengugut habisi dihabisi celaka nyawa bahaya dead death`,
  fear: `takut ketakutan sieun wedi scared afraid terrified bahaya danger ngeri gemetar panik panic tegang khawatir nangis menangis
    menjerit teriak berteriak scream screaming`,
  hide: `sembunyi bersembunyi ngumpet ndelik nyumput umpet hiding hide hidden lemari kolong sembunyiin`,
  flee: `kabur lari melarikan minggat mlayu escaped escape ran runaway fled flee fleeing lolos keluar jendela loncat lompat`,
  nowhere: `nowhere jalan pinggir halte stasiun terminal taman masjid kolong jembatan gelandangan tidur luar`,
  lock: `kunci dikunci terkunci kurung dikurung sekap disekap locked lock ikat diikat tied`,
  selfharm: `bunuh_diri suicide suicidal mati meninggal hidup selamanya obat racun tali silet sayat nyayat nyilet disilet loncat lompat terjun
    gantung akhiri mengakhiri akhirin ngakhirin ilang hilang menghilang ngilang ngaleungit lenyap putus asa menyerah gunanya nadi pergelangan
    overdosis telan nelen nguntal pemutih baygon racun end live living alive myself die dying pointless hopeless maot paeh modar lebih baik
    mending mendingan pergi capek lelah kuat sanggup cairan pembersih ending`,
  now: `sekarang sedang lagi masih barusan tadi malam cepat cepet segera now tonight currently right still keeps dari terus saat`,
  call: `tolong help sos darurat emergency bantu mohon urgent polisi`,
  secret: `diam sembunyi senyap curi secretly secret diem pinjam nyolong sembunyi_sembunyi ketahuan ketauan hapus`,
  past: `dulu pernah lalu kemarin biyen baheula used yesterday last ago dahulu waktu kungsi`,
  safe: `aman shelter selamat safe penampungan sembuh baik tenang`,
  info: `info informasi nomor nomer alamat berapa cara bagaimana hotline dimana where how apakah syarat prosedur jam`,
  fiction: `film filem movie berita news drama sinetron novel game wkwk haha hehe lol bercanda becanda ngakak lucu video`,
  thanks: `terima_kasih kasih makasih berkat`,
};

/** Pairs of groups that fire a combined feature. */
const PAIRS: [string, string][] = [
  ["harm", "now"],
  ["weapon", "threat"],
  ["weapon", "harm"],
  ["weapon", "now"],
  ["lock", "threat"],
  ["lock", "fear"],
  ["hide", "fear"],
  ["hide", "now"],
  ["flee", "now"],
  ["flee", "nowhere"],
  ["call", "harm"],
  ["call", "fear"],
  ["threat", "now"],
  ["secret", "threat"],
  ["secret", "harm"],
  ["secret", "fear"],
  ["selfharm", "now"],
  ["past", "harm"],
  ["info", "call"],
  ["fiction", "harm"],
  ["safe", "flee"],
];

const PREFIXES = ["ber", "mem", "men", "meng", "me", "nge", "ng", "ny", "di", "ter", "ke", "ku"];
const SUFFIXES = ["nya", "kan", "in", "an", "i", "lah", "ku", "mu", "ne", "e", "na", "ed", "ing", "s"];

const wordGroups = new Map<string, string[]>();
const deletes = new Map<string, Set<string>>();
for (const [group, words] of Object.entries(LEXICON)) {
  for (const w of words.split(/\s+/)) {
    if (!w) continue;
    const gs = wordGroups.get(w) ?? [];
    if (!gs.includes(group)) gs.push(group);
    wordGroups.set(w, gs);
  }
}
for (const w of wordGroups.keys()) {
  if (w.length < 5) continue;
  for (let i = 0; i < w.length; i++) {
    const d = w.slice(0, i) + w.slice(i + 1);
    const s = deletes.get(d) ?? new Set<string>();
    s.add(w);
    deletes.set(d, s);
  }
}

const lookupCache = new Map<string, readonly string[]>();
const EMPTY: readonly string[] = [];

/** Lexicon groups of one normalised word: exact, affix-stripped, or one edit away (5+ letters). */
export function lexiconGroups(word: string): readonly string[] {
  const cached = lookupCache.get(word);
  if (cached) return cached;
  let found: readonly string[] = wordGroups.get(word) ?? EMPTY;
  if (found === EMPTY && word.length >= 4) {
    outer: for (const p of ["", ...PREFIXES]) {
      if (p && !word.startsWith(p)) continue;
      const rest = word.slice(p.length);
      for (const s of ["", ...SUFFIXES]) {
        if (!p && !s) continue;
        if (s && !rest.endsWith(s)) continue;
        const core = rest.slice(0, rest.length - s.length);
        if (core.length < 4) continue;
        const g = wordGroups.get(core);
        if (g) {
          found = g;
          break outer;
        }
      }
    }
  }
  if (found === EMPTY && word.length >= 5) {
    // One edit: the word itself is a deletion of a lexicon word, or they share a deletion.
    const cands = new Set<string>(deletes.get(word) ?? []);
    for (let i = 0; i < word.length; i++) {
      const d = word.slice(0, i) + word.slice(i + 1);
      if (wordGroups.has(d) && d.length >= 5) cands.add(d);
      for (const c of deletes.get(d) ?? []) cands.add(c);
    }
    const gs: string[] = [];
    for (const c of cands) for (const g of wordGroups.get(c) ?? []) if (!gs.includes(g)) gs.push(g);
    if (gs.length) found = gs;
  }
  if (lookupCache.size < 100_000) lookupCache.set(word, found);
  return found;
}

function hashStr(s: string, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) & MASK;
}

/** Sparse feature vector: bucket → value. */
function featurize(normalized: string, groupsOut?: Set<string>): Map<number, number> {
  const words = normalized.split(" ").filter(Boolean);
  const feats = new Map<number, number>();
  const add = (h: number, v: number) => feats.set(h, (feats.get(h) ?? 0) + v);
  const groups = groupsOut ?? new Set<string>();
  add(0, 1); // bias
  const wv = 1 / Math.sqrt(Math.max(1, words.length));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    add(hashStr(w, 1), wv);
    if (i + 1 < words.length) add(hashStr(`${w} ${words[i + 1]}`, 2), wv);
    for (const g of lexiconGroups(w)) groups.add(g);
    // Character 3..5-grams of " word ", hashed incrementally without substrings.
    const padded = ` ${w} `;
    const cv = 0.5 * wv;
    for (let s = 0; s < padded.length - 2; s++) {
      let h = 2166136261 ^ 3;
      for (let n = 0; n < 5 && s + n < padded.length; n++) {
        h ^= padded.charCodeAt(s + n);
        h = Math.imul(h, 16777619);
        if (n >= 2) add(((h >>> 0) + n) & MASK, cv);
      }
    }
  }
  for (const g of groups) add(hashStr(g, 4), 1);
  for (const [a, b] of PAIRS) if (groups.has(a) && groups.has(b)) add(hashStr(`${a}&${b}`, 5), 1);
  if (words.length <= 3) add(hashStr("short", 6), 1);
  return feats;
}

function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** Train the danger model (deterministic; tens of milliseconds on the corpus). */
export function trainDangerModel(items: readonly DangerTrainItem[], options: DangerModelOptions = {}): DangerModel {
  const epochs = options.epochs ?? 15;
  const posWeight = options.positiveWeight ?? 1;
  const l2 = options.l2 ?? 1e-4;
  const lr0 = options.learningRate ?? 0.3;
  const weights = new Float32Array(SIZE);
  const g2 = new Float32Array(SIZE); // Adagrad accumulators
  const data = items.map((it) => ({ x: [...featurize(it.text)], y: it.danger ? 1 : 0 }));
  // Deterministic shuffle order per epoch (LCG).
  let seed = 12345;
  const order = data.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const { x, y } = data[idx]!;
      let z = 0;
      for (const [h, v] of x) z += weights[h]! * v;
      const p = sigmoid(z);
      const g = (p - y) * (y === 1 ? posWeight : 1);
      for (const [h, v] of x) {
        const grad = g * v + l2 * weights[h]!;
        g2[h]! += grad * grad;
        weights[h]! -= (lr0 * grad) / Math.sqrt(g2[h]! + 1e-8);
      }
    }
  }
  return {
    score(normalized: string): number {
      let z = 0;
      for (const [h, v] of featurize(normalized)) z += weights[h]! * v;
      return sigmoid(z);
    },
    groups(normalized: string): string[] {
      const s = new Set<string>();
      featurize(normalized, s);
      return [...s].sort();
    },
  };
}
