-- CreateTable
CREATE TABLE "DataVersion" (
    "id" SMALLINT NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- Hand-written: the single row, and the triggers that bump it.
ALTER TABLE "DataVersion" ADD CONSTRAINT "DataVersion_single_row" CHECK (id = 1);
INSERT INTO "DataVersion" (id, version) VALUES (1, 0);

-- Bumps the data version once per transaction. The triggers are deferred, so the row is locked only at
-- commit, after every other lock the transaction takes (no lock-order deadlocks between writers), and
-- readers see the new number exactly when they can see the new data.
CREATE FUNCTION parley_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('parley.data_version_bumped', true), '') <> 'on' THEN
    PERFORM set_config('parley.data_version_bumped', 'on', true);
    UPDATE "DataVersion" SET version = version + 1 WHERE id = 1;
  END IF;
  RETURN NULL;
END
$$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'Outlet', 'Article', 'Evidence', 'Party', 'PartyAlias', 'Person', 'PersonAlias', 'PersonRole', 'Topic', 'TopicAlias',
    'NegotiationProcess', 'Round', 'RoundParticipant', 'RoundTopic', 'RoundDateReport', 'RoundEvidence', 'Delegation',
    'DelegationMember', 'Proposal', 'ProposalVersion', 'ProposalPoint', 'ProposalEvidence', 'Position', 'PositionEvidence',
    'Demand', 'DemandStatusChange', 'DemandEvidence'
  ] LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER parley_data_version AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION parley_bump_data_version()', t);
  END LOOP;
END
$$;
