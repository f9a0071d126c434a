-- CreateIndex
CREATE INDEX "Outlet_name_trgm_idx" ON "Outlet" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Party_name_trgm_idx" ON "Party" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Person_name_trgm_idx" ON "Person" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Topic_name_trgm_idx" ON "Topic" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "NegotiationProcess_name_trgm_idx" ON "NegotiationProcess" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Proposal_status_title_idx" ON "Proposal"("status", "title");

-- CreateIndex
CREATE INDEX "Proposal_title_trgm_idx" ON "Proposal" USING GIN ("title" gin_trgm_ops);
