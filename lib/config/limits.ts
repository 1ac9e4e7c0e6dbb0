import { z } from "zod";

const LimitsEnv = z.object({
  FACTDESK_MAX_ARTICLE_CHARS: z.coerce.number({ error: "FACTDESK_MAX_ARTICLE_CHARS must be a number" }).int().min(1000).max(10_000_000).default(200_000),
});

/** Configurable limits, read from the environment once and validated. */
export function getLimits(): { maxArticleChars: number } {
  const env = LimitsEnv.parse({ FACTDESK_MAX_ARTICLE_CHARS: process.env.FACTDESK_MAX_ARTICLE_CHARS || undefined });
  return { maxArticleChars: env.FACTDESK_MAX_ARTICLE_CHARS };
}
