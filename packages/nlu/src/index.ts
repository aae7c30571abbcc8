export { type Classifier, type ClassifierOptions, createClassifier, createClassifierSync } from "./classifier.js";
export { type DangerKind, type DangerSignal, detectDanger } from "./danger.js";
export { CORPUS, type CorpusItem } from "./data/corpus.js";
export { computeMetrics, formatReport, type IntentMetrics, type LabelledItem, type Metrics, parseLabelled, type Prediction } from "./evaluate.js";
export { detectLanguage } from "./language.js";
export { normalize } from "./normalize.js";
export { detectPlace } from "./place.js";
export { INTENTS, type Intent, LANGUAGES, type Language, type Place, type Understanding } from "./types.js";
