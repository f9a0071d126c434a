-- DropIndex
DROP INDEX "Position_status_statedOn_idx";

-- DropIndex
DROP INDEX "Demand_status_raisedOn_idx";

-- CreateIndex
CREATE INDEX "Position_status_statedOn_id_idx" ON "Position"("status", "statedOn", "id");

-- CreateIndex
CREATE INDEX "Position_partyId_statedOn_id_idx" ON "Position"("partyId", "statedOn", "id");

-- CreateIndex
CREATE INDEX "Demand_status_raisedOn_id_idx" ON "Demand"("status", "raisedOn", "id");

-- CreateIndex
CREATE INDEX "Demand_fromPartyId_raisedOn_id_idx" ON "Demand"("fromPartyId", "raisedOn", "id");
