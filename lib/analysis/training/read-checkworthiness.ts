import { readFileSync } from "node:fs";
import path from "node:path";

export interface LabeledSentence {
  id: string;
  text: string;
  /** true = check-worthy ("Yes"). */
  label: boolean;
}

/** Where the CLEF CheckThat! 2024 training file is (shared/ beside the repository), unless CHECKWORTHINESS_TSV says otherwise. */
export const CHECKWORTHINESS_TSV =
  process.env.CHECKWORTHINESS_TSV ?? path.resolve(process.cwd(), "..", "shared", "data", "checkworthiness", "ct24_train.tsv");

/**
 * Reads the CT24 TSV. Fields holding a comma are quoted CSV-style ("" for a quote), and one line
 * of the published file glues two records together ("…\tNo29286\t…"), so a plain split won't do.
 */
export function readCheckworthiness(path: string = CHECKWORTHINESS_TSV): LabeledSentence[] {
  const rows: LabeledSentence[] = [];
  const lines = readFileSync(path, "utf8").split(/\r?\n/);
  for (const line of lines.slice(1)) {
    if (line.trim() === "") continue;
    const fields = line.split("\t");
    // Re-split glued records: the label field then carries the next record's id.
    const flat: string[] = [];
    for (const field of fields) {
      const glued = /^(Yes|No)(\d+)$/.exec(field);
      if (glued && flat.length % 3 === 2) flat.push(glued[1] ?? "", glued[2] ?? "");
      else flat.push(field);
    }
    if (flat.length % 3 !== 0) throw new Error(`checkworthiness TSV: cannot parse line ${JSON.stringify(line)}`);
    for (let i = 0; i < flat.length; i += 3) {
      const label = flat[i + 2];
      if (label !== "Yes" && label !== "No") throw new Error(`checkworthiness TSV: bad label ${label}`);
      rows.push({ id: flat[i] ?? "", text: unquote(flat[i + 1] ?? ""), label: label === "Yes" });
    }
  }
  return rows;
}

function unquote(field: string): string {
  if (field.length >= 2 && field.startsWith('"') && field.endsWith('"')) {
    return field.slice(1, -1).replace(/""/g, '"');
  }
  return field;
}
