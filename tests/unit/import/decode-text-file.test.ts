import { describe, expect, it } from "vitest";
import { decodeTextBytes, fileKindOf } from "@/lib/import/decode-text-file";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("fileKindOf", () => {
  it("recognises text, Markdown and HTML by extension, whatever the case", () => {
    expect(fileKindOf("article.txt")).toBe("txt");
    expect(fileKindOf("ARTICLE.TEXT")).toBe("txt");
    expect(fileKindOf("notes.md")).toBe("md");
    expect(fileKindOf("notes.markdown", "application/octet-stream")).toBe("md");
    expect(fileKindOf("page.html")).toBe("html");
    expect(fileKindOf("C:\\\\files\\\\page.HTM")).toBe("html");
  });

  it("returns null for anything else", () => {
    expect(fileKindOf("report.pdf", "text/plain")).toBeNull();
    expect(fileKindOf("archive.tar.gz")).toBeNull();
    expect(fileKindOf(".md")).toBeNull();
    expect(fileKindOf("")).toBeNull();
  });

  it("uses the MIME type only for a name without extension", () => {
    expect(fileKindOf("pasted", "text/html; charset=utf-8")).toBe("html");
    expect(fileKindOf("pasted")).toBeNull();
  });
});

describe("decodeTextBytes", () => {
  it("decodes valid UTF-8", () => {
    expect(decodeTextBytes(utf8("Xi’s “12 out of 10” — café 🌏"))).toEqual({ ok: true, text: "Xi’s “12 out of 10” — café 🌏" });
    expect(decodeTextBytes(new Uint8Array())).toEqual({ ok: true, text: "" });
  });

  it("strips a byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Hello")]);
    expect(decodeTextBytes(bytes)).toEqual({ ok: true, text: "Hello" });
  });

  it("rejects invalid UTF-8 and says where", () => {
    // "café" in Latin-1: 0xE9 starts a 3-byte sequence that never completes.
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]);
    expect(decodeTextBytes(latin1)).toEqual({ ok: false, error: "the file is not valid UTF-8 text (invalid byte at offset 3)" });
    expect(decodeTextBytes(new Uint8Array([0x41, 0x42, 0xff]))).toEqual({
      ok: false,
      error: "the file is not valid UTF-8 text (invalid byte at offset 2)",
    });
    // Overlong encoding of "/" and a truncated sequence at the end.
    expect(decodeTextBytes(new Uint8Array([0xc0, 0xaf]))).toMatchObject({ ok: false, error: expect.stringContaining("offset 0") });
    expect(decodeTextBytes(new Uint8Array([0x41, 0xe2, 0x82]))).toMatchObject({ ok: false, error: expect.stringContaining("offset 1") });
  });

  it("rejects binary files (NUL bytes) and UTF-16", () => {
    const result = decodeTextBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain("NUL byte at offset 4");
    const utf16 = decodeTextBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00]));
    expect(utf16.ok).toBe(false);
    if (!utf16.ok) expect(utf16.error).toContain("UTF-16");
  });
});
