-- Full-text search of articles (lib/search/search-articles.ts): the "searchArticle" tsvector of "Article"
-- (migration article_search), kept up to date here because Prisma cannot express triggers. Everyone who may
-- read an article may search all of it, so there is one vector. Configuration 'english', as the query side.

-- Title (A), author and publisher (B), the current version's text (D).
CREATE FUNCTION "article_search_vector"(title text, author text, publisher text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE AS $$
  SELECT setweight(to_tsvector('english', coalesce(title, '')), 'A')
      || setweight(to_tsvector('english', concat_ws(' ', author, publisher)), 'B')
      || setweight(to_tsvector('english', coalesce(body, '')), 'D')
$$;

CREATE FUNCTION "article_search_on_article"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchArticle" := "article_search_vector"(NEW."title", NEW."author", NEW."publisher", NEW."text");
  RETURN NEW;
END;
$$;

CREATE TRIGGER "article_search_article"
  BEFORE INSERT OR UPDATE OF "title", "author", "publisher", "text" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION "article_search_on_article"();

-- The articles already there.
UPDATE "Article" SET "searchArticle" = "article_search_vector"("title", "author", "publisher", "text");
