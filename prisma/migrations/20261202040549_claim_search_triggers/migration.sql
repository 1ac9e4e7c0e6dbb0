-- Full-text search of claims (lib/search/search-claims.ts): the four tsvector columns of "Claim" (migration
-- claim_search), one per audience, kept up to date here because Prisma cannot express triggers. Every vector
-- is built by one function below, so the triggers, the backfill and the benchmark's bulk load agree.
-- Configuration 'english' (stemming, stop words) throughout; the query side uses the same.

-- Everyone: the claim's text (A), its article's title (B), the passage it quotes as the article has it (D).
CREATE FUNCTION "claim_search_claim_vector"(claim_text text, quote text, article_id text) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', coalesce(claim_text, '')), 'A')
      || setweight(to_tsvector('english', coalesce((SELECT a."title" FROM "Article" a WHERE a."id" = article_id), '')), 'B')
      || setweight(to_tsvector('english', coalesce(quote, '')), 'D')
$$;

-- The desk: every verdict's rating label and rationale (C); null when there is none.
CREATE FUNCTION "claim_search_verdicts_vector"(claim_id text) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', string_agg(r."label" || ' ' || v."rationale", E'\n' ORDER BY v."id")), 'C')
  FROM "Verdict" v JOIN "Rating" r ON r."id" = v."ratingId"
  WHERE v."claimId" = claim_id
$$;

-- The desk: the evidence that is not deleted (title, publisher, excerpt) and the comments (D); null when none.
CREATE FUNCTION "claim_search_notes_vector"(claim_id text) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', string_agg(s.body, E'\n' ORDER BY s.kind, s.id)), 'D')
  FROM (
    SELECT 1 AS kind, e."id", concat_ws(' ', e."title", e."publisher", e."excerpt") AS body
      FROM "Evidence" e WHERE e."claimId" = claim_id AND e."deletedAt" IS NULL
    UNION ALL
    SELECT 2, m."id", m."body" FROM "Comment" m WHERE m."claimId" = claim_id
  ) s
$$;

-- Viewers: once the claim is published, its final verdict (C) and its evidence (D); null before.
CREATE FUNCTION "claim_search_published_vector"(claim_id text, claim_status "ClaimStatus", final_verdict_id text) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN claim_status = 'published' AND final_verdict_id IS NOT NULL THEN
      coalesce((SELECT setweight(to_tsvector('english', r."label" || ' ' || v."rationale"), 'C')
                  FROM "Verdict" v JOIN "Rating" r ON r."id" = v."ratingId" WHERE v."id" = final_verdict_id), ''::tsvector)
   || coalesce((SELECT setweight(to_tsvector('english', string_agg(concat_ws(' ', e."title", e."publisher", e."excerpt"), E'\n' ORDER BY e."id")), 'D')
                  FROM "Evidence" e WHERE e."claimId" = claim_id AND e."deletedAt" IS NULL), ''::tsvector)
  END
$$;

-- Recomputes the four vectors of the given claims (all claims when null: the backfill, bulk loads).
CREATE FUNCTION "claim_search_refresh"(claim_ids text[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE "Claim" c SET
    "searchClaim" = "claim_search_claim_vector"(c."text", c."exact", c."articleId"),
    "searchVerdicts" = "claim_search_verdicts_vector"(c."id"),
    "searchNotes" = "claim_search_notes_vector"(c."id"),
    "searchPublished" = "claim_search_published_vector"(c."id", c."status", c."finalVerdictId")
  WHERE claim_ids IS NULL OR c."id" = ANY(claim_ids)
$$;

-- A claim's own words, article, status or final verdict changed (or it is new).
CREATE FUNCTION "claim_search_on_claim"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchClaim" := "claim_search_claim_vector"(NEW."text", NEW."exact", NEW."articleId");
  NEW."searchPublished" := "claim_search_published_vector"(NEW."id", NEW."status", NEW."finalVerdictId");
  IF TG_OP = 'INSERT' THEN
    NEW."searchVerdicts" := "claim_search_verdicts_vector"(NEW."id");
    NEW."searchNotes" := "claim_search_notes_vector"(NEW."id");
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "claim_search_claim"
  BEFORE INSERT OR UPDATE OF "text", "exact", "articleId", "status", "finalVerdictId" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION "claim_search_on_claim"();

-- A verdict, a piece of evidence or a comment changed: refresh its claim (both claims when it moved, as a merge does).
CREATE FUNCTION "claim_search_on_child"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "claim_search_refresh"(ARRAY[NEW."claimId"]);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "claim_search_refresh"(ARRAY[OLD."claimId"]);
  ELSE
    PERFORM "claim_search_refresh"(ARRAY[OLD."claimId", NEW."claimId"]);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "claim_search_verdict"
  AFTER INSERT OR DELETE OR UPDATE OF "claimId", "ratingId", "rationale" ON "Verdict"
  FOR EACH ROW EXECUTE FUNCTION "claim_search_on_child"();
CREATE TRIGGER "claim_search_evidence"
  AFTER INSERT OR DELETE OR UPDATE OF "claimId", "title", "publisher", "excerpt", "deletedAt" ON "Evidence"
  FOR EACH ROW EXECUTE FUNCTION "claim_search_on_child"();
CREATE TRIGGER "claim_search_comment"
  AFTER INSERT OR DELETE OR UPDATE OF "claimId", "body" ON "Comment"
  FOR EACH ROW EXECUTE FUNCTION "claim_search_on_child"();

-- An article's title is part of each of its claims' vector.
CREATE FUNCTION "claim_search_on_article"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."title" IS DISTINCT FROM OLD."title" THEN
    UPDATE "Claim" c SET "searchClaim" = "claim_search_claim_vector"(c."text", c."exact", c."articleId")
    WHERE c."articleId" = NEW."id";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "claim_search_article"
  AFTER UPDATE OF "title" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION "claim_search_on_article"();

-- A rating's label is part of the verdict vectors.
CREATE FUNCTION "claim_search_on_rating"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."label" IS DISTINCT FROM OLD."label" THEN
    PERFORM "claim_search_refresh"(ARRAY(SELECT DISTINCT v."claimId" FROM "Verdict" v WHERE v."ratingId" = NEW."id"));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "claim_search_rating"
  AFTER UPDATE OF "label" ON "Rating"
  FOR EACH ROW EXECUTE FUNCTION "claim_search_on_rating"();

-- The claims already there.
SELECT "claim_search_refresh"(NULL);
