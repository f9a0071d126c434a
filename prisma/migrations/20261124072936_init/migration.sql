-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- Extensions for search (hand-written: the trigram indexes below need pg_trgm). Both ship with
-- the PostgreSQL contrib package and with PGlite.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "EditorialStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "Attribution" AS ENUM ('ON_RECORD', 'ANONYMOUS_OFFICIAL', 'LEAKED_DOCUMENT', 'OUTLET_ASSESSMENT');

-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "PartyKind" AS ENUM ('STATE', 'ALLIANCE', 'ORGANISATION', 'BLOC', 'OTHER');

-- CreateEnum
CREATE TYPE "RoundFormat" AS ENUM ('BILATERAL', 'TRILATERAL', 'MULTILATERAL', 'SUMMIT', 'PHONE_CALL', 'VIDEO_CALL', 'OTHER');

-- CreateEnum
CREATE TYPE "RoundStatus" AS ENUM ('PLANNED', 'HELD', 'POSTPONED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('PARTICIPANT', 'HOST', 'MEDIATOR', 'OBSERVER');

-- CreateEnum
CREATE TYPE "DateReportKind" AS ENUM ('PLANNED', 'HELD');

-- CreateEnum
CREATE TYPE "RoundAspect" AS ENUM ('DATE', 'VENUE', 'PARTICIPANTS', 'FORMAT', 'AGENDA', 'OUTCOME', 'ATMOSPHERE', 'GENERAL');

-- CreateEnum
CREATE TYPE "DelegationRole" AS ENUM ('HEAD', 'MEMBER', 'ADVISER');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('CONFIRMED', 'REPORTED', 'UNCERTAIN', 'ABSENT');

-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('DEMANDS', 'SUPPORTS', 'CONDITIONAL', 'OPEN_TO', 'OPPOSES', 'REJECTS');

-- CreateEnum
CREATE TYPE "Movement" AS ENUM ('NEW', 'UNCHANGED', 'HARDENED', 'SOFTENED', 'REVERSED');

-- CreateEnum
CREATE TYPE "DemandStatus" AS ENUM ('OPEN', 'PARTLY_MET', 'MET', 'REJECTED', 'WITHDRAWN', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'ANALYST');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'PUBLISH', 'UNPUBLISH', 'MERGE', 'REVERT');

-- CreateTable
CREATE TABLE "Outlet" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "country" TEXT,
    "language" TEXT,
    "status" "EditorialStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "outletId" UUID,
    "title" TEXT NOT NULL,
    "author" TEXT,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "publishedOn" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "body" TEXT NOT NULL,
    "bodyHash" TEXT NOT NULL,
    "searchVector" tsvector,
    "status" "EditorialStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "translation" TEXT,
    "translationLanguage" TEXT,
    "attribution" "Attribution" NOT NULL,
    "confidence" "Confidence" NOT NULL DEFAULT 'MEDIUM',
    "speakerPersonId" UUID,
    "speakerPartyId" UUID,
    "deniesEvidenceId" UUID,
    "note" TEXT,
    "status" "EditorialStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Party" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "PartyKind" NOT NULL,
    "description" TEXT,
    "status" "EditorialStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Party_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyAlias" (
    "id" UUID NOT NULL,
    "partyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "language" TEXT,

    CONSTRAINT "PartyAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "status" "EditorialStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonAlias" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "language" TEXT,

    CONSTRAINT "PersonAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonRole" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "partyId" UUID,
    "title" TEXT NOT NULL,
    "startDate" DATE,
    "startDatePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "endDate" DATE,
    "endDatePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "evidenceId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PersonRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "proposition" TEXT,
    "description" TEXT,
    "parentId" UUID,
    "path" TEXT NOT NULL,
    "status" "EditorialStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TopicAlias" (
    "id" UUID NOT NULL,
    "topicId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "language" TEXT,

    CONSTRAINT "TopicAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NegotiationProcess" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "status" "EditorialStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "NegotiationProcess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Round" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "processId" UUID,
    "sequence" INTEGER,
    "title" TEXT NOT NULL,
    "format" "RoundFormat" NOT NULL,
    "roundStatus" "RoundStatus" NOT NULL,
    "city" TEXT,
    "venue" TEXT,
    "country" TEXT,
    "startDate" DATE,
    "startDatePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "endDate" DATE,
    "endDatePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "summary" TEXT,
    "outcome" TEXT,
    "status" "EditorialStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundParticipant" (
    "roundId" UUID NOT NULL,
    "partyId" UUID NOT NULL,
    "role" "ParticipantRole" NOT NULL DEFAULT 'PARTICIPANT',

    CONSTRAINT "RoundParticipant_pkey" PRIMARY KEY ("roundId","partyId","role")
);

-- CreateTable
CREATE TABLE "RoundTopic" (
    "roundId" UUID NOT NULL,
    "topicId" UUID NOT NULL,

    CONSTRAINT "RoundTopic_pkey" PRIMARY KEY ("roundId","topicId")
);

-- CreateTable
CREATE TABLE "RoundDateReport" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "kind" "DateReportKind" NOT NULL,
    "startDate" DATE,
    "startDatePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "endDate" DATE,
    "endDatePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "evidenceId" UUID,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoundDateReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoundEvidence" (
    "roundId" UUID NOT NULL,
    "evidenceId" UUID NOT NULL,
    "aspect" "RoundAspect" NOT NULL,

    CONSTRAINT "RoundEvidence_pkey" PRIMARY KEY ("roundId","evidenceId","aspect")
);

-- CreateTable
CREATE TABLE "Delegation" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "partyId" UUID NOT NULL,
    "note" TEXT,
    "status" "EditorialStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DelegationMember" (
    "id" UUID NOT NULL,
    "delegationId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "role" "DelegationRole" NOT NULL DEFAULT 'MEMBER',
    "attendance" "Attendance" NOT NULL DEFAULT 'REPORTED',
    "evidenceId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DelegationMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "authorPartyId" UUID,
    "status" "EditorialStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalVersion" (
    "id" UUID NOT NULL,
    "proposalId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "pointCount" INTEGER,
    "pointCountNote" TEXT,
    "presentedOn" DATE,
    "presentedOnPrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "roundId" UUID,
    "summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProposalVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalPoint" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "topicId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ProposalPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalEvidence" (
    "proposalId" UUID NOT NULL,
    "evidenceId" UUID NOT NULL,

    CONSTRAINT "ProposalEvidence_pkey" PRIMARY KEY ("proposalId","evidenceId")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" UUID NOT NULL,
    "partyId" UUID NOT NULL,
    "topicId" UUID NOT NULL,
    "roundId" UUID,
    "speakerPersonId" UUID,
    "proposalVersionId" UUID,
    "stance" "Stance" NOT NULL,
    "summary" TEXT NOT NULL,
    "statedOn" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "movement" "Movement" NOT NULL DEFAULT 'NEW',
    "status" "EditorialStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PositionEvidence" (
    "positionId" UUID NOT NULL,
    "evidenceId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PositionEvidence_pkey" PRIMARY KEY ("positionId","evidenceId")
);

-- CreateTable
CREATE TABLE "Demand" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "fromPartyId" UUID NOT NULL,
    "toPartyId" UUID,
    "topicId" UUID NOT NULL,
    "roundId" UUID,
    "summary" TEXT NOT NULL,
    "raisedOn" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "demandStatus" "DemandStatus" NOT NULL DEFAULT 'OPEN',
    "supersededById" UUID,
    "status" "EditorialStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Demand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemandStatusChange" (
    "id" UUID NOT NULL,
    "demandId" UUID NOT NULL,
    "demandStatus" "DemandStatus" NOT NULL,
    "changedOn" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "roundId" UUID,
    "evidenceId" UUID,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemandStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemandEvidence" (
    "demandId" UUID NOT NULL,
    "evidenceId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemandEvidence_pkey" PRIMARY KEY ("demandId","evidenceId")
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'ANALYST',
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "scopes" TEXT[] DEFAULT ARRAY['read:published']::TEXT[],
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" TEXT,
    "actorKeyId" UUID,
    "action" "AuditAction" NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "version" INTEGER,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Outlet_slug_key" ON "Outlet"("slug");

-- CreateIndex
CREATE INDEX "Outlet_status_name_idx" ON "Outlet"("status", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE INDEX "Article_outletId_idx" ON "Article"("outletId");

-- CreateIndex
CREATE INDEX "Article_publishedOn_id_idx" ON "Article"("publishedOn", "id");

-- CreateIndex
CREATE INDEX "Article_language_idx" ON "Article"("language");

-- CreateIndex
CREATE INDEX "Article_status_publishedOn_idx" ON "Article"("status", "publishedOn");

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Evidence_speakerPersonId_idx" ON "Evidence"("speakerPersonId");

-- CreateIndex
CREATE INDEX "Evidence_speakerPartyId_idx" ON "Evidence"("speakerPartyId");

-- CreateIndex
CREATE INDEX "Evidence_deniesEvidenceId_idx" ON "Evidence"("deniesEvidenceId");

-- CreateIndex
CREATE INDEX "Evidence_status_idx" ON "Evidence"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_articleId_startOffset_endOffset_key" ON "Evidence"("articleId", "startOffset", "endOffset");

-- CreateIndex
CREATE UNIQUE INDEX "Party_slug_key" ON "Party"("slug");

-- CreateIndex
CREATE INDEX "Party_status_name_idx" ON "Party"("status", "name");

-- CreateIndex
CREATE INDEX "PartyAlias_normalized_idx" ON "PartyAlias"("normalized");

-- CreateIndex
CREATE INDEX "PartyAlias_normalized_trgm_idx" ON "PartyAlias" USING GIN ("normalized" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "PartyAlias_partyId_name_key" ON "PartyAlias"("partyId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE INDEX "Person_status_name_idx" ON "Person"("status", "name");

-- CreateIndex
CREATE INDEX "PersonAlias_normalized_idx" ON "PersonAlias"("normalized");

-- CreateIndex
CREATE INDEX "PersonAlias_normalized_trgm_idx" ON "PersonAlias" USING GIN ("normalized" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "PersonAlias_personId_name_key" ON "PersonAlias"("personId", "name");

-- CreateIndex
CREATE INDEX "PersonRole_personId_startDate_idx" ON "PersonRole"("personId", "startDate");

-- CreateIndex
CREATE INDEX "PersonRole_partyId_idx" ON "PersonRole"("partyId");

-- CreateIndex
CREATE INDEX "PersonRole_evidenceId_idx" ON "PersonRole"("evidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "Topic_parentId_idx" ON "Topic"("parentId");

-- CreateIndex
CREATE INDEX "Topic_path_idx" ON "Topic"("path" text_pattern_ops);

-- CreateIndex
CREATE INDEX "Topic_status_name_idx" ON "Topic"("status", "name");

-- CreateIndex
CREATE INDEX "TopicAlias_normalized_idx" ON "TopicAlias"("normalized");

-- CreateIndex
CREATE INDEX "TopicAlias_normalized_trgm_idx" ON "TopicAlias" USING GIN ("normalized" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "TopicAlias_topicId_name_key" ON "TopicAlias"("topicId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "NegotiationProcess_slug_key" ON "NegotiationProcess"("slug");

-- CreateIndex
CREATE INDEX "NegotiationProcess_status_name_idx" ON "NegotiationProcess"("status", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Round_slug_key" ON "Round"("slug");

-- CreateIndex
CREATE INDEX "Round_startDate_id_idx" ON "Round"("startDate", "id");

-- CreateIndex
CREATE INDEX "Round_roundStatus_idx" ON "Round"("roundStatus");

-- CreateIndex
CREATE INDEX "Round_status_startDate_idx" ON "Round"("status", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "Round_processId_sequence_key" ON "Round"("processId", "sequence");

-- CreateIndex
CREATE INDEX "RoundParticipant_partyId_idx" ON "RoundParticipant"("partyId");

-- CreateIndex
CREATE INDEX "RoundTopic_topicId_idx" ON "RoundTopic"("topicId");

-- CreateIndex
CREATE INDEX "RoundDateReport_roundId_idx" ON "RoundDateReport"("roundId");

-- CreateIndex
CREATE INDEX "RoundDateReport_evidenceId_idx" ON "RoundDateReport"("evidenceId");

-- CreateIndex
CREATE INDEX "RoundEvidence_evidenceId_idx" ON "RoundEvidence"("evidenceId");

-- CreateIndex
CREATE INDEX "Delegation_partyId_idx" ON "Delegation"("partyId");

-- CreateIndex
CREATE UNIQUE INDEX "Delegation_roundId_partyId_key" ON "Delegation"("roundId", "partyId");

-- CreateIndex
CREATE INDEX "DelegationMember_personId_idx" ON "DelegationMember"("personId");

-- CreateIndex
CREATE INDEX "DelegationMember_evidenceId_idx" ON "DelegationMember"("evidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "DelegationMember_delegationId_personId_key" ON "DelegationMember"("delegationId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_slug_key" ON "Proposal"("slug");

-- CreateIndex
CREATE INDEX "Proposal_authorPartyId_idx" ON "Proposal"("authorPartyId");

-- CreateIndex
CREATE INDEX "ProposalVersion_roundId_idx" ON "ProposalVersion"("roundId");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalVersion_proposalId_number_key" ON "ProposalVersion"("proposalId", "number");

-- CreateIndex
CREATE INDEX "ProposalPoint_topicId_idx" ON "ProposalPoint"("topicId");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalPoint_versionId_number_key" ON "ProposalPoint"("versionId", "number");

-- CreateIndex
CREATE INDEX "ProposalEvidence_evidenceId_idx" ON "ProposalEvidence"("evidenceId");

-- CreateIndex
CREATE INDEX "Position_partyId_topicId_statedOn_idx" ON "Position"("partyId", "topicId", "statedOn");

-- CreateIndex
CREATE INDEX "Position_topicId_statedOn_idx" ON "Position"("topicId", "statedOn");

-- CreateIndex
CREATE INDEX "Position_roundId_idx" ON "Position"("roundId");

-- CreateIndex
CREATE INDEX "Position_speakerPersonId_idx" ON "Position"("speakerPersonId");

-- CreateIndex
CREATE INDEX "Position_proposalVersionId_idx" ON "Position"("proposalVersionId");

-- CreateIndex
CREATE INDEX "Position_stance_idx" ON "Position"("stance");

-- CreateIndex
CREATE INDEX "Position_status_statedOn_idx" ON "Position"("status", "statedOn");

-- CreateIndex
CREATE INDEX "PositionEvidence_evidenceId_idx" ON "PositionEvidence"("evidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "Demand_slug_key" ON "Demand"("slug");

-- CreateIndex
CREATE INDEX "Demand_fromPartyId_topicId_raisedOn_idx" ON "Demand"("fromPartyId", "topicId", "raisedOn");

-- CreateIndex
CREATE INDEX "Demand_toPartyId_idx" ON "Demand"("toPartyId");

-- CreateIndex
CREATE INDEX "Demand_topicId_raisedOn_idx" ON "Demand"("topicId", "raisedOn");

-- CreateIndex
CREATE INDEX "Demand_roundId_idx" ON "Demand"("roundId");

-- CreateIndex
CREATE INDEX "Demand_demandStatus_idx" ON "Demand"("demandStatus");

-- CreateIndex
CREATE INDEX "Demand_supersededById_idx" ON "Demand"("supersededById");

-- CreateIndex
CREATE INDEX "Demand_status_raisedOn_idx" ON "Demand"("status", "raisedOn");

-- CreateIndex
CREATE INDEX "DemandStatusChange_demandId_changedOn_idx" ON "DemandStatusChange"("demandId", "changedOn");

-- CreateIndex
CREATE INDEX "DemandStatusChange_roundId_idx" ON "DemandStatusChange"("roundId");

-- CreateIndex
CREATE INDEX "DemandStatusChange_evidenceId_idx" ON "DemandStatusChange"("evidenceId");

-- CreateIndex
CREATE INDEX "DemandEvidence_evidenceId_idx" ON "DemandEvidence"("evidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_secretHash_key" ON "ApiKey"("secretHash");

-- CreateIndex
CREATE INDEX "ApiKey_createdById_idx" ON "ApiKey"("createdById");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_at_idx" ON "AuditEntry"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_actorUserId_at_idx" ON "AuditEntry"("actorUserId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_actorKeyId_idx" ON "AuditEntry"("actorKeyId");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_speakerPersonId_fkey" FOREIGN KEY ("speakerPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_speakerPartyId_fkey" FOREIGN KEY ("speakerPartyId") REFERENCES "Party"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_deniesEvidenceId_fkey" FOREIGN KEY ("deniesEvidenceId") REFERENCES "Evidence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyAlias" ADD CONSTRAINT "PartyAlias_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonAlias" ADD CONSTRAINT "PersonAlias_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicAlias" ADD CONSTRAINT "TopicAlias_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Round" ADD CONSTRAINT "Round_processId_fkey" FOREIGN KEY ("processId") REFERENCES "NegotiationProcess"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundParticipant" ADD CONSTRAINT "RoundParticipant_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundParticipant" ADD CONSTRAINT "RoundParticipant_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundTopic" ADD CONSTRAINT "RoundTopic_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundTopic" ADD CONSTRAINT "RoundTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundDateReport" ADD CONSTRAINT "RoundDateReport_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundDateReport" ADD CONSTRAINT "RoundDateReport_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundEvidence" ADD CONSTRAINT "RoundEvidence_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoundEvidence" ADD CONSTRAINT "RoundEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delegation" ADD CONSTRAINT "Delegation_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationMember" ADD CONSTRAINT "DelegationMember_delegationId_fkey" FOREIGN KEY ("delegationId") REFERENCES "Delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationMember" ADD CONSTRAINT "DelegationMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DelegationMember" ADD CONSTRAINT "DelegationMember_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_authorPartyId_fkey" FOREIGN KEY ("authorPartyId") REFERENCES "Party"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalVersion" ADD CONSTRAINT "ProposalVersion_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalVersion" ADD CONSTRAINT "ProposalVersion_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalPoint" ADD CONSTRAINT "ProposalPoint_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ProposalVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalPoint" ADD CONSTRAINT "ProposalPoint_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalEvidence" ADD CONSTRAINT "ProposalEvidence_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalEvidence" ADD CONSTRAINT "ProposalEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_speakerPersonId_fkey" FOREIGN KEY ("speakerPersonId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_proposalVersionId_fkey" FOREIGN KEY ("proposalVersionId") REFERENCES "ProposalVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionEvidence" ADD CONSTRAINT "PositionEvidence_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PositionEvidence" ADD CONSTRAINT "PositionEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Demand" ADD CONSTRAINT "Demand_fromPartyId_fkey" FOREIGN KEY ("fromPartyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Demand" ADD CONSTRAINT "Demand_toPartyId_fkey" FOREIGN KEY ("toPartyId") REFERENCES "Party"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Demand" ADD CONSTRAINT "Demand_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Demand" ADD CONSTRAINT "Demand_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Demand" ADD CONSTRAINT "Demand_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "Demand"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandStatusChange" ADD CONSTRAINT "DemandStatusChange_demandId_fkey" FOREIGN KEY ("demandId") REFERENCES "Demand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandStatusChange" ADD CONSTRAINT "DemandStatusChange_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandStatusChange" ADD CONSTRAINT "DemandStatusChange_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandEvidence" ADD CONSTRAINT "DemandEvidence_demandId_fkey" FOREIGN KEY ("demandId") REFERENCES "Demand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandEvidence" ADD CONSTRAINT "DemandEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorKeyId_fkey" FOREIGN KEY ("actorKeyId") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;
