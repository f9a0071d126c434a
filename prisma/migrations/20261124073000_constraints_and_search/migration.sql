-- Function bodies are single-quoted strings, not dollar-quoted: the schema engine splits scripts into
-- statements and does not understand dollar quoting.

-- Hand-written: rules the Prisma schema language cannot express. The schema engine does not model CHECK
-- constraints, triggers or functions, so later generated migrations leave these alone.

-- Evidence offsets: inside the text, end after start, and the stored quote as long as the span.
-- (PostgreSQL counts characters in code points and the app in UTF-16 units, they differ only for
-- characters outside the Basic Multilingual Plane, which the app checks itself.)
ALTER TABLE "Evidence"
  ADD CONSTRAINT "Evidence_offsets_check" CHECK ("startOffset" >= 0 AND "endOffset" > "startOffset");

-- The quote must be the exact text of the article at its offsets: checked at the end of the transaction,
-- so an article body and its quotes can be changed together (re-anchoring).
CREATE FUNCTION parley_evidence_within_body() RETURNS trigger LANGUAGE plpgsql AS '
DECLARE
  body text;
BEGIN
  SELECT a.body INTO body FROM "Article" a WHERE a.id = NEW."articleId";
  IF body IS NULL OR substring(body FROM NEW."startOffset" + 1 FOR NEW."endOffset" - NEW."startOffset") IS DISTINCT FROM NEW.quote THEN
    RAISE EXCEPTION ''evidence % does not match its article text at offsets %-%'', NEW.id, NEW."startOffset", NEW."endOffset"
      USING ERRCODE = ''23514'';
  END IF;
  RETURN NULL;
END;
';
CREATE CONSTRAINT TRIGGER "Evidence_within_body"
  AFTER INSERT OR UPDATE OF "articleId", "startOffset", "endOffset", quote ON "Evidence"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION parley_evidence_within_body();

-- A party does not make demands of itself.
ALTER TABLE "Demand"
  ADD CONSTRAINT "Demand_not_of_itself_check" CHECK ("toPartyId" IS NULL OR "toPartyId" <> "fromPartyId");

-- Ends do not come before starts.
ALTER TABLE "Round"
  ADD CONSTRAINT "Round_dates_check" CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "RoundDateReport"
  ADD CONSTRAINT "RoundDateReport_dates_check" CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "endDate" >= "startDate");
ALTER TABLE "PersonRole"
  ADD CONSTRAINT "PersonRole_dates_check" CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "endDate" >= "startDate");

-- Versions and sequence numbers are positive.
ALTER TABLE "Round" ADD CONSTRAINT "Round_sequence_check" CHECK ("sequence" IS NULL OR "sequence" > 0);

-- Full-text search: the text-search configuration for an articles language (unstemmed for others).
CREATE FUNCTION parley_regconfig(language text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS '
  SELECT CASE split_part(lower(language), ''-'', 1)
    WHEN ''nl'' THEN ''dutch''::regconfig
    WHEN ''en'' THEN ''english''::regconfig
    WHEN ''de'' THEN ''german''::regconfig
    WHEN ''fr'' THEN ''french''::regconfig
    WHEN ''ru'' THEN ''russian''::regconfig
    ELSE ''simple''::regconfig
  END
';

CREATE FUNCTION parley_article_search_vector() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
  NEW."searchVector" :=
    setweight(to_tsvector(parley_regconfig(NEW.language), coalesce(NEW.title, '''')), ''A'') ||
    setweight(to_tsvector(parley_regconfig(NEW.language), coalesce(NEW.body, '''')), ''B'') ||
    -- Unstemmed words too, so a query in another language rules still finds names and exact words.
    setweight(to_tsvector(''simple'', coalesce(NEW.title, '''') || '' '' || coalesce(NEW.body, '''')), ''D'');
  RETURN NEW;
END;
';
CREATE TRIGGER "Article_search_vector"
  BEFORE INSERT OR UPDATE OF title, body, language ON "Article"
  FOR EACH ROW EXECUTE FUNCTION parley_article_search_vector();
