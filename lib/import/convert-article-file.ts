import { InvalidInputError } from "../errors";
import { replaceUnsafeCharacters } from "../http/unsafe-text";
import { formatBytes } from "../config/import-limits";
import { decodeTextBytes, fileKindOf, type ImportFileKind } from "./decode-text-file";
import { extractHtmlArticle, type HtmlArticle } from "./extract-html-article";
import { markdownToText } from "./markdown-to-text";

export interface ConvertedArticleFile {
  kind: ImportFileKind;
  /** The readable text: HTML reduced to its paragraphs, Markdown to its words, plain text as it is. */
  text: string;
  /** A title when the file carries one: the HTML page's title or headline, else the first line of the text. */
  title: string | null;
  /** What an HTML page's metadata says (`author`, `article:published_time`, JSON-LD, `og:site_name`, `lang`). */
  metadata: Partial<Pick<HtmlArticle, "author" | "publishedAt" | "publisher" | "language">>;
}

const TITLE_MAX = 200;

/**
 * Turns an uploaded article file into text: checks its kind (.txt, .md, .html), its size, decodes it as
 * UTF-8 and converts it. Every refusal is an InvalidInputError on the field `file` that says what is wrong.
 */
export function convertArticleFile(file: { fileName: string; mimeType?: string; bytes: Uint8Array }, maxBytes: number): ConvertedArticleFile {
  const kind = fileKindOf(file.fileName, file.mimeType);
  if (!kind) {
    const extension = /\.([^./\\]+)$/.exec(file.fileName.trim())?.[1];
    const got = extension ? ` (not .${extension.toLowerCase()})` : file.fileName ? " (the file name has no extension)" : "";
    throw new InvalidInputError("file", `file: must be a .txt, .md or .html file${got}`);
  }
  if (file.bytes.length === 0) throw new InvalidInputError("file", "file: is empty");
  if (file.bytes.length > maxBytes) {
    throw new InvalidInputError("file", `file: is ${formatBytes(file.bytes.length)}; the limit is ${formatBytes(maxBytes)}`);
  }
  const decoded = decodeTextBytes(file.bytes);
  if (!decoded.ok) throw new InvalidInputError("file", `file: ${decoded.error}`);

  let text: string;
  let title: string | null = null;
  let metadata: ConvertedArticleFile["metadata"] = {};
  try {
    if (kind === "html") {
      const { text: pageText, title: pageTitle, ...pageMetadata } = extractHtmlArticle(decoded.text);
      text = pageText;
      title = pageTitle;
      metadata = pageMetadata;
    } else if (kind === "md") {
      text = markdownToText(decoded.text);
    } else {
      text = decoded.text;
    }
  } catch (error) {
    // A parser that recurses per level of nesting overflows the stack on a hostile file (20,000 nested tags).
    if (error instanceof RangeError) throw new InvalidInputError("file", `file: the ${kind === "html" ? "HTML" : "Markdown"} is nested too deeply to read`);
    throw error;
  }
  text = replaceUnsafeCharacters(text);
  title = title === null ? null : replaceUnsafeCharacters(title);
  if (!text.trim()) throw new InvalidInputError("file", "file: has no readable text");
  // The database cannot store NUL; a page's metadata could still carry one as an escape.
  if ([text, title, ...Object.values(metadata)].some((value) => typeof value === "string" && value.includes("\u0000"))) {
    throw new InvalidInputError("file", "file: contains a NUL character");
  }
  return { kind, text, title: shorten(title ?? firstLine(text)), metadata };
}

function firstLine(text: string): string | null {
  return text.split("\n").find((line) => line.trim() !== "")?.trim() ?? null;
}

/** A title of at most TITLE_MAX characters, cut at a word when the line is longer (a first line may be a paragraph). */
function shorten(title: string | null): string | null {
  if (!title) return null;
  const clean = title.replace(/\s+/g, " ").trim();
  if (clean.length <= TITLE_MAX) return clean || null;
  const cut = clean.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > TITLE_MAX / 2 ? cut.slice(0, space) : cut}…`;
}
