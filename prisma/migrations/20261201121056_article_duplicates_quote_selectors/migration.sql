-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "titleKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "urlKey" TEXT;

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "quotePrefix" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "quoteSuffix" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Article_urlKey_idx" ON "Article"("urlKey");

-- CreateIndex
CREATE INDEX "Article_titleKey_idx" ON "Article"("titleKey");

-- CreateIndex
CREATE INDEX "Article_body_trgm_idx" ON "Article" USING GIN ("body" gin_trgm_ops);

-- Backfill (hand-written). New rows get these values from @parley/domain (textQuoteSelector,
-- articleUrlKey, articleTitleKey) in the API and the seed loader; existing rows get the same values here.
-- Offsets are UTF-16 code units and substring() counts characters: the same for every body without
-- characters outside the Basic Multilingual Plane, which is what the evidence trigger assumes too.
UPDATE "Evidence" e
SET "quotePrefix" = substring(a.body FROM greatest(1, e."startOffset" - 31) FOR e."startOffset" - greatest(0, e."startOffset" - 32)),
    "quoteSuffix" = substring(a.body FROM e."endOffset" + 1 FOR 32)
FROM "Article" a
WHERE a.id = e."articleId";

-- The title key: quotes dropped, diacritics removed, lower case, everything but letters and digits folded
-- to one space. The URL key: no scheme, "www.", fragment or trailing slash (tracking parameters are only
-- dropped for articles stored from now on).
UPDATE "Article" a
SET "titleKey" = btrim(regexp_replace(lower(unaccent(regexp_replace(a.title, '[‘’''`´"“”]', '', 'g'))), '[^[:alnum:]]+', ' ', 'g')),
    "urlKey" = regexp_replace(lower(split_part(u.rest, '/', 1)) || substr(u.rest, length(split_part(u.rest, '/', 1)) + 1), '/+(\?|$)', '\1')
FROM (
  SELECT id, regexp_replace(split_part(url, '#', 1), '^[a-z][a-z0-9+.-]*://(www\.)?', '', 'i') AS rest
  FROM "Article"
  WHERE url ~* '^[a-z][a-z0-9+.-]*://'
) u
WHERE u.id = a.id;

UPDATE "Article"
SET "titleKey" = btrim(regexp_replace(lower(unaccent(regexp_replace(title, '[‘’''`´"“”]', '', 'g'))), '[^[:alnum:]]+', ' ', 'g'))
WHERE url IS NULL OR url !~* '^[a-z][a-z0-9+.-]*://';
