/**
 * The classifier: NLP.js's neural network (one perceptron per intent, as in NLP.js's NLU) trained
 * on our features of normalised text, combined with the explicit danger patterns.
 */
import { NeuralNetwork, type NeuralTrainItem } from "@nlpjs/neural";
import { type DangerSignal, detectDanger, fearNow, guards, heldCaptive, looksHarmless, withoutEveryday, withoutFoundOut, writesInSecret } from "./danger.js";
import { type DangerModel, type DangerModelOptions, trainDangerModel } from "./danger-model.js";
import { CORPUS, type CorpusItem } from "./data/corpus.js";
import { DANGER_CORPUS } from "./data/danger-corpus.js";
import { featuresOf } from "./features.js";
import { type IntentModelOptions, trainIntentModel } from "./intent-model.js";
import { detectLanguage } from "./language.js";
import { normalize } from "./normalize.js";
import { detectPlace } from "./place.js";
import { type DangerSource, INTENTS, type Intent, type Understanding } from "./types.js";

export interface Classifier {
  /** Synchronous: message → intent, confidence, danger flag, language (and place, alternatives). */
  classify(text: string): Understanding;
  /** The intent scores of the neural network alone (normalised to sum 1), for inspection. */
  scores(text: string): { intent: Intent; score: number }[];
  /** Probability from the binary danger model (src/danger-model.ts), for inspection. */
  dangerScore(text: string): number;
  /** Epochs the neural network trained for. */
  trainingEpochs: number;
}

export interface ClassifierOptions {
  /** Training items; the built-in corpus by default. */
  corpus?: readonly CorpusItem[];
  /** A more urgent intent wins when its score is at least this share of the best score. */
  urgencyRatio?: number;
  /** The same share for an intent whose explicit cue occurs in the message. */
  cuedUrgencyRatio?: number;
  /** Training epochs of the neural network at most (default 40; NLP.js's own default is 20000). */
  iterations?: number;
  /** Danger-model probability at or above which the danger flag is raised (recall first). */
  dangerThreshold?: number;
  /** The same threshold when the message looks harmless (past only, safe now, film/news/laughter, thanks, info request). */
  guardedDangerThreshold?: number;
  /** Training settings of the danger model (src/danger-model.ts). */
  dangerModel?: DangerModelOptions;
  /** Extra danger-labelled lines (default: src/data/danger-corpus.ts), used by the danger model and the network. */
  dangerCorpus?: readonly CorpusItem[];
  /** More labelled lines for every model (the Node classifier adds the read evaluation sets: src/node.ts). */
  extraCorpus?: readonly CorpusItem[];
  /** Weight of the character n-gram intent model (src/intent-model.ts) beside the network; 0 turns it off. */
  intentModelWeight?: number;
  /** Training settings of the intent model. */
  intentModel?: IntentModelOptions;
  /**
   * Intent-model probability of emergency/self-harm at which that reading stands without the danger
   * model's backing or a self-harm word.
   */
  trustedDangerIntent?: number;
}

const RANK = new Map<Intent, number>(INTENTS.map((intent, i) => [intent, i]));
const NONE = "None";
const DANGER_INTENTS = new Set<Intent>(["emergency", "self_harm"]);
const ABUSE = new Set<Intent>(["physical_abuse", "sexual_abuse", "psychological_abuse"]);
/** Intents where fear of what comes next, or being guarded, means danger now. */
const AT_RISK = new Set<Intent>([...ABUSE, "confinement", "trafficking"]);

/** Train a classifier. Synchronous and fast (tens of milliseconds). */
export function createClassifierSync(options: ClassifierOptions = {}): Classifier {
  const corpus = [...(options.corpus ?? CORPUS), ...(options.dangerCorpus ?? DANGER_CORPUS), ...(options.extraCorpus ?? [])];
  const dangerThreshold = options.dangerThreshold ?? DANGER_THRESHOLD;
  const guardedDangerThreshold = options.guardedDangerThreshold ?? GUARDED_DANGER_THRESHOLD;
  const dangerModel: DangerModel = trainDangerModel(
    corpus.map((c) => ({ text: normalize(c.text), danger: c.danger })),
    options.dangerModel,
  );
  const urgencyRatio = options.urgencyRatio ?? 0.5;
  const cuedUrgencyRatio = options.cuedUrgencyRatio ?? 0.25;

  const known = new Set<string>();
  const intentFeatures = new Map<string, Set<string>>();
  const data: NeuralTrainItem[] = [];
  for (const item of corpus) {
    const input = featuresOf(normalize(item.text));
    for (const f of Object.keys(input)) {
      known.add(f);
      let set = intentFeatures.get(item.intent);
      if (!set) {
        set = new Set();
        intentFeatures.set(item.intent, set);
      }
      set.add(f);
    }
    data.push({ input, output: { [item.intent]: 1 } });
  }
  // NLP.js's "None" feature: without it out-of-domain text scores 1.0 on some intent.
  data.push({ input: { nonefeature: 1 }, output: { [NONE]: 1 } });
  const net = new NeuralNetwork({ log: false, iterations: options.iterations ?? NETWORK_EPOCHS });
  const status = net.train(data);
  const noneDeltaStart = intentFeatures.size / known.size;
  const lrWeight = options.intentModelWeight ?? INTENT_MODEL_WEIGHT;
  const intentModel = lrWeight > 0 ? trainIntentModel(corpus.map((c) => ({ text: normalize(c.text), label: c.intent })), options.intentModel) : undefined;

  let lastProbs: Map<Intent, number> | undefined;
  const trustT = options.trustedDangerIntent ?? TRUSTED_DANGER_INTENT;
  function scores(normalized: string): { intent: Intent; score: number }[] {
    const net = netScores(normalized);
    if (!intentModel) return net;
    const probs = intentModel.probabilities(normalized);
    lastProbs = probs;
    const merged = new Map<Intent, number>();
    for (const r of net) merged.set(r.intent, (1 - lrWeight) * r.score);
    for (const [intent, p] of probs) merged.set(intent, (merged.get(intent) ?? 0) + lrWeight * p);
    return [...merged].map(([intent, score]) => ({ intent, score })).sort((a, b) => b.score - a.score);
  }

  function netScores(normalized: string): { intent: Intent; score: number }[] {
    const all = featuresOf(normalized);
    const input: Record<string, number> = {};
    let unknown = 0;
    for (const f of Object.keys(all)) {
      if (known.has(f)) input[f] = 1;
      else if (!f.includes("+") && !f.startsWith("~")) unknown++;
    }
    let noneValue = 0;
    let delta = noneDeltaStart;
    for (let i = 0; i < unknown; i++) {
      noneValue += delta;
      delta *= 1.2;
    }
    if (noneValue) input.nonefeature = noneValue;
    const raw = Object.keys(input).length ? (net.run(input) ?? {}) : {};
    const out: { intent: Intent; score: number }[] = [];
    let total = 0;
    for (const [name, value] of Object.entries(raw)) {
      if (!value) continue;
      const intent: Intent = name === NONE ? "out_of_scope" : (name as Intent);
      // Like NLP.js: an intent none of whose features occur in the message is not activated.
      if (name !== NONE && !Object.keys(input).some((f) => intentFeatures.get(name)?.has(f))) continue;
      const sq = value * value;
      const existing = out.find((o) => o.intent === intent);
      if (existing) existing.score += sq;
      else out.push({ intent, score: sq });
      total += sq;
    }
    if (total === 0) return [{ intent: "out_of_scope", score: 1 }];
    for (const o of out) o.score /= total;
    return out.sort((a, b) => b.score - a.score);
  }

  function classify(text: string): Understanding {
    const normalized = normalize(text);
    let ranked = withCues(scores(normalized), normalized);
    if (ranked[0]!.intent === "emergency" && !detectDanger(normalized, true)) {
      // A call word ("tolong", "help") in a message that says something else does not make it an
      // emergency; the bare call ("tolong!", "help me") is caught by the danger patterns.
      const rest = normalized
        .split(" ")
        .filter((w) => !CALL_WORDS.has(w))
        .join(" ");
      if (rest !== normalized && featureCount(rest) >= 2) {
        const again = withCues(scores(rest), rest);
        if (again[0]!.intent !== "emergency") ranked = again;
      }
    }
    const signal: DangerSignal | undefined = detectDanger(normalized, true);
    const g = guards(normalized);
    let intent: Intent;
    let confidence: number;
    let dangerBy: DangerSource | undefined;
    const scoreOf = (i: Intent) => ranked.find((r) => r.intent === i)?.score ?? 0;

    if (signal && signal.kind !== "danger") {
      intent = signal.kind;
      confidence = Math.max(0.9, scoreOf(intent));
      dangerBy = "pattern";
    } else {
      let candidates = ranked;
      const trusted = (lastProbs?.get(ranked[0]!.intent) ?? 0) >= trustT;
      const unsupportedSelfHarm = ranked[0]!.intent === "self_harm" && !SELF_HARM_WORDS.test(normalized) && !trusted;
      // "mati lampu", "hp mati": the danger model reads the message without its everyday senses of "mati".
      const modelScore = dangerModel.score(g.everyday ? withoutEveryday(normalized) : normalized);
      // The network's emergency/self-harm reading must be backed by the danger model, which learnt
      // from every danger line; otherwise the many danger lines pull harmless abuse talk to emergency.
      const unbacked = modelScore < NETWORK_DANGER_FLOOR && !trusted;
      const guardedMessage = looksHarmless(g);
      if (DANGER_INTENTS.has(ranked[0]!.intent) && (guardedMessage || unsupportedSelfHarm || unbacked)) {
        // The network says emergency but the message is about the past, asks for a number, or thanks.
        candidates = ranked.filter((r) => !DANGER_INTENTS.has(r.intent));
        if (candidates.length === 0) candidates = [{ intent: g.thanks ? "thanks" : "contact_embassy", score: 0.5 }];
      }
      const top = candidates[0]!;
      intent = top.intent;
      confidence = top.score;
      // Several problems: the most urgent one that scores close enough to the best wins.
      // When the message has explicit cues, only a cued intent can take over on urgency.
      const cued = cuedIntents(normalized);
      for (const c of candidates) {
        if (cued.size > 0 && !cued.has(c.intent)) continue;
        // An explicit cue ("dipukul", "paspor ditahan") names the problem: a weaker score will do.
        const ratio = cued.has(c.intent) ? cuedUrgencyRatio : urgencyRatio;
        if (c.score >= ratio * top.score && RANK.get(c.intent)! < RANK.get(intent)! && isProblem(c.intent)) {
          intent = c.intent;
          confidence = c.score;
        }
      }
      // Not over, not safe, not a film: an information request or thanks may still be written in danger.
      const happeningNow = !g.pastOnly && !g.safeNow && !g.fiction;
      if (signal?.kind === "danger") dangerBy = "pattern";
      else if (DANGER_INTENTS.has(intent)) dangerBy = "intent";
      else if (AT_RISK.has(intent) && fearNow(normalized) && !unbacked) dangerBy = "fear";
      // Trafficked and held (locked up, guarded, not allowed out): the labellers' near-unanimous danger.
      else if (intent === "trafficking" && happeningNow && heldCaptive(normalized)) dangerBy = "pattern";
      // Writing a problem in secret is writing under threat (spec), whether or not she names it, even to ask for a number.
      else if (IN_SECRET.has(intent) && happeningNow && !g.everyday && writesInSecret(normalized)) dangerBy = "pattern";
      // Recall first: a close second opinion of emergency or self-harm raises the flag (intent unchanged).
      if (!dangerBy && !guardedMessage && !unbacked && candidates.some((c) => DANGER_INTENTS.has(c.intent) && c.score >= DANGER_SHARE * top.score)) {
        dangerBy = "second";
      }
      // Recall first: the binary danger model (words, character n-grams, danger lexicons) raises the
      // flag on phrasings no pattern covers; a stricter threshold when the message looks harmless.
      // A film, a joke or a phone that "died" keeps the strictest threshold whatever the options say.
      const guardedT = g.fiction || g.everyday ? Math.max(guardedDangerThreshold, GUARDED_DANGER_THRESHOLD) : guardedDangerThreshold;
      if (!dangerBy && modelScore >= (guardedMessage ? guardedT : dangerThreshold)) {
        dangerBy = "model";
        // A danger message is not a greeting or a question about fees: when the network's intent
        // says nothing of the danger, the danger is the intent (self-harm when its words are there).
        if (TAKEOVER.has(intent)) {
          intent = dangerModel.groups(normalized).includes("selfharm") && SELF_HARM_WORDS.test(withoutEveryday(normalized)) ? "self_harm" : "emergency";
          confidence = Math.max(confidence, 0.5);
        }
      }
    }
    const alternatives = ranked
      .filter((r) => r.intent !== intent && r.score >= 0.05)
      .slice(0, 2)
      .map((r) => ({ intent: r.intent, confidence: round(r.score) }));
    const result: Understanding = {
      intent,
      confidence: round(Math.min(1, Math.max(0, confidence))),
      danger: dangerBy !== undefined,
      language: detectLanguage(text),
    };
    if (dangerBy) result.dangerBy = dangerBy;
    if (alternatives.length) result.alternatives = alternatives;
    const place = detectPlace(text);
    if (place) result.place = place;
    return result;
  }

  return {
    classify,
    scores: (text: string) => scores(normalize(text)),
    dangerScore: (text: string) => dangerModel.score(normalize(text)),
    trainingEpochs: status.iterations,
  };
}

/** Problems that, written in secret, are written under threat. */
const IN_SECRET = new Set<Intent>([...AT_RISK, "document_held", "wage_issue", "overwork", "legal_status", "human_agent", "health", "go_home", "contact_embassy"]);
/** Intents that a danger raised by the danger model replaces with emergency/self_harm. */
const TAKEOVER = new Set<Intent>(["go_home", "contact_embassy", "human_agent", "finance", "greeting", "thanks", "goodbye", "out_of_scope"]);
const CALL_WORDS = new Set(["tolong", "help", "mohon", "bantu", "tolonglah"]);

/**
 * Unmistakable cues of a problem, on normalised text. The network's score of an intent whose cue
 * occurs gets a bonus, so that a message naming several problems can be resolved by urgency
 * (spec: abuse before the rest) instead of by whichever words the corpus happened to contain.
 */
const CUES: [Intent, RegExp][] = [
  ["physical_abuse", /\b(?:(?:di|ter)(?:pukul|tampar|tendang|jambak|cubit|dorong|banting|injak|sundut|siram|lempar|setrika|cakar|gigit|tonjok|hajar|siksa|aniaya|sabet|cambuk)\w*|kena (?:pukul|tampar|tendang|jambak|cubit|sundut|siram|lempar|hajar)\w*|(?:pukul|tampar|tendang|jambak|cubit|dorong|siksa)\w* (?:saya|kepala|muka|badan|punggung|tangan))\b/],
  ["sexual_abuse", /\b(?:di)?(?:perkosa|raba|lecehkan|grepe)\w*|\b(?:dipaksa|paksa|maksa|ajak|ngajak)\w* (?:\w+ ){0,2}(?:tidur (?:sama|dengan|bareng)|berhubungan|begituan|hubungan badan|seks|sex|ml)\b|\b(?:hamil|pregnant) (?:\w+ ){0,2}(?:karena|gara|by) (?:\w+ ){0,2}(?:dipaksa|diperkosa|majikan|kakek|anak majikan|suami)|\b(?:telanjang|bugil|naked|nude|jorok|mesum|cabul)\b|\b(?:intip|diintip)\w* (?:\w+ ){0,2}(?:mandi|ganti baju)|\b(?:cium|peluk|meluk)\w* (?:paksa|saya)\b|\bpegang pegang\b|\bmasuk kamar (?:saya )?(?:malam|tiap|setiap)/],
  ["psychological_abuse", /\b(?:di)?(?:hina|maki|bentak|olok|ejek)\w*|\b(?:bodoh|babi|anjing|pelacur|sampah|binatang)\b|\bdimarahi terus\b|\b(?:diancam|ancam)\w* (?:\w+ ){0,3}(?:polisi|penjara|dipenjara|lapor|dipulangkan|deport|potong gaji|tidak (?:dibayar|dikasih))/],
  ["trafficking", /\b(?:dijual|dibeli|dioper|diperjualbelikan)\b|\bvisa (?:turis|kunjungan|ziarah|umroh|umrah|tourist|visit)\b|\b(?:dijanjikan|dijanjiin|katanya) (?:\w+ ){0,3}(?:kerja|jadi)\b|\bdipindah\w* (?:\w+ ){0,3}majikan\b|\b(?:bayar|lunasi) utang (?:\w+ ){0,3}(?:calo|agen|sponsor|bos)|\bkerja (?:\w+ ){0,3}(?:tanpa gaji|tidak digaji) (?:\w+ ){0,3}utang|\bjalur tikus\b|\bnemenin tamu\b|\bkapal ikan\b/],
  ["confinement", /\btidak (?:boleh|bisa|diizinkan|dikasih) (?:\w+ )?(?:keluar|pergi|telepon|hubungi|pegang hp|pakai hp)|\b(?:dikunci|dikurung) (?:\w+ ){0,2}(?:dari luar|di rumah|di dalam)|\bhp (?:\w+ ){0,2}(?:disita|diambil|dirampas|disimpan)/],
  ["document_held", /\b(?:paspor|iqama|hkid|arc|ktp|kontrak|residence card|dokumen)\w* (?:\w+ ){0,3}(?:ditahan|diambil|disimpan|dipegang|disita|tahan|simpan|pegang|tidak (?:mau )?dikembalikan)|\b(?:tahan|ditahan|ambil|diambil|simpan|pegang|sita|rampas)\w* (?:\w+ ){0,2}(?:paspor|iqama|hkid|arc|ktp|dokumen|residence card)\b/],
  ["wage_issue", /\b(?:gaji|lembur)\w* (?:\w+ ){0,4}(?:tidak|belum) (?:\w+ )?(?:dibayar|bayar|masuk|dikasih)|\b(?:potong gaji|gaji (?:\w+ )?dipotong|potongan|dipotong)\b|\b(?:tidak|belum) (?:gajian|digaji)\b|\bgaji (?:\w+ )?(?:telat|kurang|cuma|hanya|di bawah)/],
  ["overwork", /\bjam \d+ (?:\w+ ){0,2}sampai (?:jam )?\d*|\btidur (?:di (?:dapur|lantai|gudang|ruang tamu|balkon|sofa|lorong|toilet)|cuma|hanya)\b|\btidak (?:pernah )?(?:dapat |dikasih |ada )?libur\b|\b(?:dua|tiga|2|3) rumah\b|\btidak (?:ada|dikasih) (?:kamar|kasur|tempat tidur)\b|\b24 jam\b/],
  ["health", /\b(?:demam|flu|batuk|pilek|pusing|muntah|diare|klinik|dokter|obat|melepuh|asuransi|hamil|gigi|infeksi|rumah sakit)\b/],
  ["legal_status", /\b(?:overstay|razia|sidang|pengadilan|dituduh|deport\w*|ditangkap|kaburan|huroob|illegal|ilegal)\b|\b(?:visa|permit|izin)\w* (?:\w+ ){0,3}(?:habis|expired|mati|diperpanjang|perpanjang)|\btanpa (?:izin|permit|visa|dokumen)\b|\b(?:pecat|diputus kontrak|putus kontrak) (?:\w+ ){0,6}(?:hari|minggu)\b/],
  ["agency_issue", /\b(?:agen|calo|pt|sponsor)\w* (?:\w+ ){0,2}(?:minta|biaya|bayar|hilang|kabur|ngilang|tidak bisa dihubungi|tidak mau bantu)|\b(?:ganti|pindah) majikan\b|\b(?:fotokopi|salinan|copy) kontrak\b/],
  ["finance", /\b(?:nabung|kurs|remit\w*|transfer|budget|kirim uang|utang)\b/],
];
const CUE_BONUS = 0.4;
/** Danger-model thresholds, calibrated by scripts/calibrate-danger.ts (recall first). */
export const DANGER_THRESHOLD = 0.4;
export const GUARDED_DANGER_THRESHOLD = 0.9;
/**
 * Training epochs of the network: with ~4,000 lines it would run ~120 epochs (4 s here, far more
 * on a cheap phone) to reach NLP.js's error threshold. Beside the intent model, 5–40 epochs score
 * the same on cross-validation; 20 kept false danger lowest on the looked-at sets.
 */
const NETWORK_EPOCHS = 20;
/** Weight of the intent model in the averaged scores (corpus cross-validation: 0.7 best of 0.3–1). */
const INTENT_MODEL_WEIGHT = 0.7;
/** See ClassifierOptions.trustedDangerIntent (cross-validation and the looked-at sets). */
const TRUSTED_DANGER_INTENT = 0.85;
/** Danger-model probability below which the network's emergency/self-harm reading is not trusted. */
const NETWORK_DANGER_FLOOR = 0.2;
/** Share of the best score at which an emergency or self-harm reading raises the danger flag. */
const DANGER_SHARE = 0.3;
/** The network alone says self_harm only when the message has a word of that field. */
const SELF_HARM_WORDS = /\b(?:mati|bunuh_diri|bunuh|hidup|diri|racun|obat|tali|silet|loncat|lompat|terjun|selamanya|menyerah|udahan|putus asa|akhiri|ngakhirin|nyawa|kuat|die|hopeless)\b/;
const STOPLIKE = new Set(["saya", "aku", "me", "ya", "kak", "mbak", "dong", "i", "my", "the", "a"]);

/** The problems a message names. What would happen if she were found out ("kalau ketahuan dipukul") is not one. */
function cuedIntents(normalized: string): Set<Intent> {
  const out = new Set<Intent>();
  const named = withoutFoundOut(normalized);
  for (const [intent, cue] of CUES) if (cue.test(named)) out.add(intent);
  return out;
}

function withCues(ranked: { intent: Intent; score: number }[], normalized: string): { intent: Intent; score: number }[] {
  const cued = cuedIntents(normalized);
  if (cued.size === 0) return ranked;
  const out = ranked.map((r) => ({ ...r }));
  for (const intent of cued) {
    const r = out.find((o) => o.intent === intent);
    if (r) r.score += CUE_BONUS;
    else out.push({ intent, score: CUE_BONUS });
  }
  const total = out.reduce((a, r) => a + r.score, 0);
  for (const r of out) r.score /= total;
  return out.sort((a, b) => b.score - a.score);
}

function featureCount(normalized: string): number {
  return normalized.split(" ").filter((w) => w && !STOPLIKE.has(w)).length;
}

function isProblem(intent: Intent): boolean {
  // The classifier alone never promotes a message to emergency or self-harm on urgency.
  return !DANGER_INTENTS.has(intent) && (RANK.get(intent)! <= RANK.get("finance")! || ABUSE.has(intent));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Train a classifier on the built-in corpus. Resolves in tens of milliseconds. */
export async function createClassifier(options: ClassifierOptions = {}): Promise<Classifier> {
  return createClassifierSync(options);
}
