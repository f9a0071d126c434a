-- Article search ranks on a small vector (the title and the lead), not on the whole-text "searchVector".
-- Ranking reads the vector of every match: the whole-text one is ~6 KB, kept out of line in TOAST, and
-- ts_rank_cd over it cost ~65 ms for a query that matches 3,333 articles. The lead vector (~1 KB) stays in
-- the row; ts_rank over it costs ~3 ms for the same matches. docs/api.md states the rule.
ALTER TABLE "Article" ADD COLUMN "rankVector" tsvector;

-- The lead: the body's first 600 characters, cut back to a whole word.
CREATE FUNCTION parley_article_lead(body text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN length(body) <= 600 THEN body ELSE regexp_replace(left(body, 601), '\s*\S*$', '') END
$$;

-- Weighted as "searchVector": title A, lead B (in the article's language), both unstemmed D.
CREATE FUNCTION parley_article_rank_vector(language text, title text, body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(parley_regconfig(language), coalesce(title, '')), 'A') ||
         setweight(to_tsvector(parley_regconfig(language), parley_article_lead(coalesce(body, ''))), 'B') ||
         setweight(to_tsvector('simple', coalesce(title, '') || ' ' || parley_article_lead(coalesce(body, ''))), 'D')
$$;

CREATE OR REPLACE FUNCTION parley_article_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector(parley_regconfig(NEW.language), coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector(parley_regconfig(NEW.language), coalesce(NEW.body, '')), 'B') ||
    -- Unstemmed words too, so a query in another language rules still finds names and exact words.
    setweight(to_tsvector('simple', coalesce(NEW.title, '') || ' ' || coalesce(NEW.body, '')), 'D');
  NEW."rankVector" := parley_article_rank_vector(NEW.language, NEW.title, NEW.body);
  RETURN NEW;
END;
$$;

UPDATE "Article" SET "rankVector" = parley_article_rank_vector(language, title, body);

-- What search needs of the articles whose text matches (rank included), always found through the GIN index.
-- When most articles match, the planner prefers a sequential scan, which un-TOASTs every article's ~6 KB
-- vector to test it (~30 ms at 5,000 articles); the index answers without reading one (it needs no recheck
-- unless the query has phrases). Not inlined (the SET clause): callers apply the visibility rule to the
-- "status" and "deletedAt" it returns; restricted to the leader, as it changes a setting for its call.
-- Rank: ts_rank over "rankVector" (title and lead; docs/api.md).
CREATE FUNCTION parley_article_search(query tsquery)
  RETURNS TABLE (id uuid, language text, "publishedOn" date, status "EditorialStatus", "deletedAt" timestamp(3), rank real)
  LANGUAGE sql STABLE PARALLEL RESTRICTED SET enable_seqscan = off AS $$
  SELECT id, language, "publishedOn", status, "deletedAt", ts_rank("rankVector", query) FROM "Article" WHERE "searchVector" @@ query
$$;
