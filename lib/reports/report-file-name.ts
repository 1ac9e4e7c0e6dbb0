/** A safe download name from the article title: ASCII letters, digits and dashes only. */
export function reportFileName(title: string, extension: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "-")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `factdesk-report-${slug || "article"}.${extension}`;
}
