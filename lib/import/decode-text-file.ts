export type ImportFileKind = "txt" | "md" | "html";

const KIND_BY_EXTENSION: Record<string, ImportFileKind> = {
  txt: "txt",
  text: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
};

const KIND_BY_MIME_TYPE: Record<string, ImportFileKind> = {
  "text/plain": "txt",
  "text/markdown": "md",
  "text/x-markdown": "md",
  "text/html": "html",
};

/**
 * What kind of article file this is, by its extension (.txt .text .md .markdown .html .htm); null for any
 * other extension. The MIME type is consulted only for a name without an extension, since browsers guess
 * it from the extension anyway and often get Markdown wrong.
 */
export function fileKindOf(fileName: string, mimeType?: string): ImportFileKind | null {
  const base = fileName.trim().split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  if (dot > 0) return KIND_BY_EXTENSION[base.slice(dot + 1).toLowerCase()] ?? null;
  const essence = mimeType?.split(";")[0]?.trim().toLowerCase();
  return essence ? (KIND_BY_MIME_TYPE[essence] ?? null) : null;
}

/**
 * Decodes an uploaded file as UTF-8 text (without its byte-order mark), or says clearly why it cannot:
 * not UTF-8 (with the offset of the first bad byte), UTF-16, or binary (a NUL byte).
 */
export function decodeTextBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, error: "the file is UTF-16 text, not UTF-8: save it as UTF-8 and upload it again" };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, error: `the file is not text: it contains a NUL byte at offset ${nul} (a binary file?)` };
  try {
    // fatal: refuse bad bytes rather than silently turning them into U+FFFD; the BOM is dropped by default.
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: `the file is not valid UTF-8 text (invalid byte at offset ${firstInvalidUtf8Offset(bytes)})` };
  }
}

/** Offset of the first byte that starts (or truncates) an invalid UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead < 0x80) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) min = 0xa0; // overlong
      if (lead === 0xed) max = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) min = 0x90; // overlong
      if (lead === 0xf4) max = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      const low = k === 1 ? min : 0x80;
      const high = k === 1 ? max : 0xbf;
      if (next < low || next > high) return i;
    }
    i += length;
  }
  return bytes.length;
}
