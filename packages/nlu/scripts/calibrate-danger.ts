/**
 * Calibrate the danger-model thresholds: corpus cross-validation (5 folds; danger model and network
 * trained on the other folds) plus the sets that were looked at (dev, holdout, probe, blind-a, blind-c,
 * pairs, secret-pairs).
 * Run: npx tsx packages/nlu/scripts/calibrate-danger.ts   (SHOW=1 T=0.5 TG=0.9 lists misses and false alarms)
 * The blind sets b, d–j are deliberately never read here.
 */
import { readDataSet } from "../src/node.js";
import { guards, looksHarmless } from "../src/danger.js";
import { DANGER_CORPUS } from "../src/data/danger-corpus.js";
import { CORPUS, createClassifierSync, normalize } from "../src/index.js";

const SETS = ["dev", "holdout", "probe", "blind-a", "blind-c", "pairs", "secret-pairs"];
const OFF = { dangerThreshold: 2, guardedDangerThreshold: 2 };
type Row = { set: string; text: string; danger: boolean; base: boolean; p: number; guarded: boolean; predIntent: string; intent: string };
const rows: Row[] = [];
const isGuarded = (t: string) => looksHarmless(guards(normalize(t)));

const K = 5;
const base = CORPUS.map((c, i) => ({ ...c, fold: i % K }));
const extra = DANGER_CORPUS.map((c, i) => ({ ...c, fold: i % K }));
for (let f = 0; f < K; f++) {
  const clf = createClassifierSync({ ...OFF, corpus: base.filter((i) => i.fold !== f), dangerCorpus: extra.filter((i) => i.fold !== f) });
  for (const t of [...base, ...extra].filter((i) => i.fold === f)) {
    const u = clf.classify(t.text);
    rows.push({ set: "cv", text: t.text, danger: t.danger, base: u.danger, p: clf.dangerScore(t.text), guarded: isGuarded(t.text), predIntent: u.intent, intent: t.intent });
  }
}
const clf = createClassifierSync(OFF);
for (const s of SETS) {
  const data = readDataSet(s);
  for (const t of data) {
    const u = clf.classify(t.text);
    rows.push({ set: s, text: t.text, danger: t.danger, base: u.danger, p: clf.dangerScore(t.text), guarded: isGuarded(t.text), predIntent: u.intent, intent: t.intent });
  }
}
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
function line(rs: Row[], pred: (r: Row) => boolean) {
  const pos = rs.filter((r) => r.danger);
  const neg = rs.filter((r) => !r.danger);
  const tp = pos.filter(pred).length;
  const fp = neg.filter(pred).length;
  return `rec ${pct(tp, pos.length).padStart(6)} (${pos.length - tp} miss)  fd ${pct(fp, neg.length).padStart(5)} (${fp})`;
}
let acc = "";
for (const s of ["cv", ...SETS]) {
  const rs = rows.filter((r) => r.set === s);
  acc += ` ${s} ${pct(rs.filter((r) => r.predIntent === r.intent).length, rs.length)}`;
}
console.log("intent accuracy:", acc);
const grid: [number, number][] = [
  [0.2, 0.9], [0.25, 0.9], [0.3, 0.9], [0.35, 0.9], [0.4, 0.9], [0.5, 0.9], [0.3, 0.8], [0.4, 0.8],
];
for (const s of ["cv", ...SETS, "ALL"]) {
  const rs = s === "ALL" ? rows : rows.filter((r) => r.set === s);
  console.log(`== ${s}`);
  console.log("  patterns+network   ", line(rs, (r) => r.base));
  for (const [t, tg] of grid) console.log(`  OR model ${t.toFixed(2)}/${tg.toFixed(2)} `, line(rs, (r) => r.base || r.p >= (r.guarded ? tg : t)));
}
if (process.env.SHOW) {
  const T = Number(process.env.T ?? 0.5);
  const TG = Number(process.env.TG ?? 0.9);
  const fires = (r: Row) => r.base || r.p >= (r.guarded ? TG : T);
  console.log(`\nmissed at ${T}/${TG}:`);
  for (const r of rows) if (r.danger && !fires(r)) console.log(`  ${r.set} ${r.p.toFixed(2)} ${r.intent}  ${r.text}`);
  console.log(`\nfalse danger at ${T}/${TG}:`);
  for (const r of rows) if (!r.danger && fires(r)) console.log(`  ${r.set} ${r.p.toFixed(2)} base=${r.base} ${r.intent}  ${r.text}`);
}
