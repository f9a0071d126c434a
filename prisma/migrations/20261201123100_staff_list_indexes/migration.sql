-- Hand-written (Prisma's schema cannot express partial indexes): staff read drafts too, so their lists have
-- no status condition and the (status, date, id) indexes cannot serve their order; without these, every
-- staff page sorted all undeleted rows. Partial on "deletedAt" IS NULL, the condition every list keeps.
CREATE INDEX "Position_live_statedOn_id_idx" ON "Position" ("statedOn", "id") WHERE "deletedAt" IS NULL;
CREATE INDEX "Demand_live_raisedOn_id_idx" ON "Demand" ("raisedOn", "id") WHERE "deletedAt" IS NULL;
