import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfText {
  pages: number;
  /** Every page's text, items joined by spaces. */
  text: string;
  /** Text items that do not lie wholly inside their page (cut off at an edge). */
  outside: string[];
}

/** The text of a PDF (Mozilla's PDF.js), and any text that runs past its page's edges. */
export async function readPdfText(data: Uint8Array): Promise<PdfText> {
  const pdf = await getDocument({ data, useSystemFonts: true, isEvalSupported: false }).promise;
  const parts: string[] = [];
  const outside: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!("str" in item) || !item.str.trim()) continue;
      parts.push(item.str);
      const [, , , , x, y] = item.transform as number[];
      if (x! < x0 - 0.5 || x! + item.width > x1 + 0.5 || y! < y0 - 0.5 || y! > y1 + 0.5) outside.push(item.str);
    }
  }
  await pdf.destroy();
  return { pages: pdf.numPages, text: parts.join(" ").replace(/\s+/g, " "), outside };
}
