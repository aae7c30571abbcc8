/**
 * RFC 4180 CSV reading and writing: fields quoted with "..." may hold commas, doubled quotes and
 * line breaks; an optional UTF-8 BOM; CRLF or LF line ends. Fully empty lines are skipped.
 */

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  readonly line: number;
  readonly fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: "unterminated-quote" | "quote-in-field" | "after-quote",
  ) {
    super(`CSV syntax error on line ${line}: ${reason}`);
  }
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

export function parseCsv(input: string): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const out: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    // one record
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        i++;
        let value = "";
        let from = i;
        for (;;) {
          if (i >= n) throw new CsvSyntaxError(startLine, "unterminated-quote");
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            if (text.charCodeAt(i + 1) === QUOTE) {
              value += text.slice(from, i + 1);
              i += 2;
              from = i;
              continue;
            }
            value += text.slice(from, i);
            i++;
            break;
          }
          if (c === LF) line++;
          i++;
        }
        fields.push(value);
        const c = i < n ? text.charCodeAt(i) : LF;
        if (c !== COMMA && c !== LF && c !== CR) throw new CsvSyntaxError(line, "after-quote");
      } else {
        const from = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === COMMA || c === LF || c === CR) break;
          if (c === QUOTE) throw new CsvSyntaxError(line, "quote-in-field");
          i++;
        }
        fields.push(text.slice(from, i));
      }
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
        continue;
      }
      // end of line
      if (c === CR) i++;
      if (text.charCodeAt(i) === LF) i++;
      line++;
      break;
    }
    if (!(fields.length === 1 && fields[0] === "")) out.push({ line: startLine, fields });
  }
  return out;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function writeCsv(rows: readonly (readonly string[])[], opts: { eol?: "\r\n" | "\n"; bom?: boolean } = {}): string {
  const eol = opts.eol ?? "\r\n";
  let s = opts.bom ? "\uFEFF" : "";
  for (const row of rows) s += row.map(csvField).join(",") + eol;
  return s;
}
