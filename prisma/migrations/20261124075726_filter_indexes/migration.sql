-- CreateIndex
CREATE INDEX "Evidence_attribution_idx" ON "Evidence"("attribution");

-- CreateIndex
CREATE INDEX "Position_movement_idx" ON "Position"("movement");

-- CreateIndex
CREATE INDEX "Position_summary_trgm_idx" ON "Position" USING GIN ("summary" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Demand_summary_trgm_idx" ON "Demand" USING GIN ("summary" gin_trgm_ops);
