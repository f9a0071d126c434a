-- Hand-written (Prisma's schema cannot express expression indexes or functions). The analyses order each
-- (party, topic) chain as the domain's compareStatements does: first day, last day, id. The last day a
-- partial date may mean (chronology spanOf) is an expression; as an immutable function it can be a key,
-- so the chain index hands the analyses their cells already ordered (no sort of every position) and,
-- with the columns they read included, without visiting the table. The casts to timestamp (not
-- timestamptz) keep the function independent of the session's time zone, which makes it immutable.
CREATE FUNCTION parley_last_day(d date, p "DatePrecision") RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE p
    WHEN 'DAY' THEN d
    WHEN 'MONTH' THEN (date_trunc('month', d::timestamp) + interval '1 month - 1 day')::date
    WHEN 'YEAR' THEN (date_trunc('year', d::timestamp) + interval '1 year - 1 day')::date
  END;

CREATE INDEX "Position_chain_idx" ON "Position" ("topicId", "partyId", "statedOn", parley_last_day("statedOn", "datePrecision"), id)
  INCLUDE (stance, "reportedMovement", "datePrecision", status, "deletedAt");
