// NLP.js ships without type declarations; these cover the parts this package uses.
declare module "@nlpjs/neural" {
  export interface NeuralTrainItem {
    input: Record<string, number>;
    output: Record<string, number>;
  }
  export class NeuralNetwork {
    constructor(settings?: Record<string, unknown>);
    train(corpus: NeuralTrainItem[]): { error: number; iterations: number };
    run(input: Record<string, number>): Record<string, number> | undefined;
    toJSON(): unknown;
    fromJSON(json: unknown): void;
  }
}

declare module "@nlpjs/lang-id/src/stemmer-id.js" {
  export default class StemmerId {
    stemWord(word: string): string;
  }
}
