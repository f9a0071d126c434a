-- CreateEnum
CREATE TYPE "ContributorRole" AS ENUM ('AUTHOR', 'EDITOR', 'TRANSLATOR', 'PHOTOGRAPHER', 'OTHER');

-- CreateEnum
CREATE TYPE "SourceCitation" AS ENUM ('LISTED', 'IN_TEXT');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('STRIKE', 'HUMANITARIAN', 'BATTLEFIELD', 'TREATY', 'TECHNICAL_MEASURE', 'OTHER');

-- CreateEnum
CREATE TYPE "EventPartyRole" AS ENUM ('ACTOR', 'AFFECTED', 'INVOLVED');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "dateNote" TEXT;

-- AlterTable
ALTER TABLE "Position" ADD COLUMN     "dateNote" TEXT,
ADD COLUMN     "reportedMovement" "Movement",
ADD COLUMN     "reportedMovementEvidenceId" UUID;

-- AlterTable
ALTER TABLE "Demand" ADD COLUMN     "dateNote" TEXT;

-- CreateTable
CREATE TABLE "ArticleContributor" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "sequence" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" "ContributorRole" NOT NULL,
    "personId" UUID,
    "evidenceId" UUID,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArticleContributor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleSource" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "sequence" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "citation" "SourceCitation" NOT NULL,
    "evidenceId" UUID,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArticleSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "type" "EventType" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "occurredOn" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "endedOn" DATE,
    "endDatePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "dateNote" TEXT,
    "status" "EditorialStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventPlace" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT,

    CONSTRAINT "EventPlace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventParty" (
    "eventId" UUID NOT NULL,
    "partyId" UUID NOT NULL,
    "role" "EventPartyRole" NOT NULL,

    CONSTRAINT "EventParty_pkey" PRIMARY KEY ("eventId","partyId","role")
);

-- CreateTable
CREATE TABLE "EventTopic" (
    "eventId" UUID NOT NULL,
    "topicId" UUID NOT NULL,

    CONSTRAINT "EventTopic_pkey" PRIMARY KEY ("eventId","topicId")
);

-- CreateTable
CREATE TABLE "EventEvidence" (
    "eventId" UUID NOT NULL,
    "evidenceId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventEvidence_pkey" PRIMARY KEY ("eventId","evidenceId")
);

-- CreateIndex
CREATE INDEX "ArticleContributor_personId_idx" ON "ArticleContributor"("personId");

-- CreateIndex
CREATE INDEX "ArticleContributor_evidenceId_idx" ON "ArticleContributor"("evidenceId");

-- CreateIndex
CREATE INDEX "ArticleContributor_role_idx" ON "ArticleContributor"("role");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleContributor_articleId_sequence_key" ON "ArticleContributor"("articleId", "sequence");

-- CreateIndex
CREATE INDEX "ArticleSource_evidenceId_idx" ON "ArticleSource"("evidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleSource_articleId_sequence_key" ON "ArticleSource"("articleId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE INDEX "Event_type_idx" ON "Event"("type");

-- CreateIndex
CREATE INDEX "Event_occurredOn_id_idx" ON "Event"("occurredOn", "id");

-- CreateIndex
CREATE INDEX "Event_status_occurredOn_id_idx" ON "Event"("status", "occurredOn", "id");

-- CreateIndex
CREATE INDEX "Event_title_trgm_idx" ON "Event" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "EventPlace_name_idx" ON "EventPlace"("name");

-- CreateIndex
CREATE UNIQUE INDEX "EventPlace_eventId_name_key" ON "EventPlace"("eventId", "name");

-- CreateIndex
CREATE INDEX "EventParty_partyId_idx" ON "EventParty"("partyId");

-- CreateIndex
CREATE INDEX "EventTopic_topicId_idx" ON "EventTopic"("topicId");

-- CreateIndex
CREATE INDEX "EventEvidence_evidenceId_idx" ON "EventEvidence"("evidenceId");

-- CreateIndex
CREATE INDEX "Position_reportedMovement_idx" ON "Position"("reportedMovement");

-- CreateIndex
CREATE INDEX "Position_reportedMovementEvidenceId_idx" ON "Position"("reportedMovementEvidenceId");

-- AddForeignKey
ALTER TABLE "ArticleContributor" ADD CONSTRAINT "ArticleContributor_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleContributor" ADD CONSTRAINT "ArticleContributor_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleContributor" ADD CONSTRAINT "ArticleContributor_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleSource" ADD CONSTRAINT "ArticleSource_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleSource" ADD CONSTRAINT "ArticleSource_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_reportedMovementEvidenceId_fkey" FOREIGN KEY ("reportedMovementEvidenceId") REFERENCES "Evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventPlace" ADD CONSTRAINT "EventPlace_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParty" ADD CONSTRAINT "EventParty_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParty" ADD CONSTRAINT "EventParty_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventTopic" ADD CONSTRAINT "EventTopic_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventTopic" ADD CONSTRAINT "EventTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventEvidence" ADD CONSTRAINT "EventEvidence_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventEvidence" ADD CONSTRAINT "EventEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: rules the Prisma schema language cannot express.

-- A reported movement is what a source says, so it never comes without the quote that says it; and no
-- source "reports" that a position is a party's first one (NEW is derived only).
ALTER TABLE "Position"
  ADD CONSTRAINT "Position_reported_movement_check" CHECK (
    ("reportedMovement" IS NULL) = ("reportedMovementEvidenceId" IS NULL)
    AND ("reportedMovement" IS NULL OR "reportedMovement" <> 'NEW'));

-- An event's dates: a precision says whether there is a date at all, and the end (judged on the last day a
-- partial end may mean, as for rounds) never comes before the start.
ALTER TABLE "Event"
  ADD CONSTRAINT "Event_date_precision_check" CHECK (
    ("occurredOn" IS NULL) = ("datePrecision" = 'UNKNOWN')
    AND ("endedOn" IS NULL) = ("endDatePrecision" = 'UNKNOWN')),
  ADD CONSTRAINT "Event_dates_check" CHECK ("endedOn" IS NULL OR "occurredOn" IS NULL OR (CASE "endDatePrecision"
    WHEN 'MONTH' THEN (date_trunc('month', "endedOn"::timestamp) + interval '1 month' - interval '1 day')::date
    WHEN 'YEAR' THEN (date_trunc('year', "endedOn"::timestamp) + interval '1 year' - interval '1 day')::date
    ELSE "endedOn" END) >= "occurredOn");

ALTER TABLE "ArticleContributor" ADD CONSTRAINT "ArticleContributor_sequence_check" CHECK ("sequence" > 0);
ALTER TABLE "ArticleSource" ADD CONSTRAINT "ArticleSource_sequence_check" CHECK ("sequence" > 0);

-- The new domain tables bump the data version like every other (cached responses never go stale).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ArticleContributor', 'ArticleSource', 'Event', 'EventPlace', 'EventParty', 'EventTopic', 'EventEvidence'] LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER parley_data_version AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION parley_bump_data_version()', t);
  END LOOP;
END
$$;
