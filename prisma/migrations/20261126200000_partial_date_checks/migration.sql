-- Hand-written: "end before start" as the domain judges it (packages/domain, endsBeforeStart). A partial
-- date is stored as its first day, so a MONTH or YEAR end must be compared by the last day it may mean:
-- a round from 20 March 2026 that ends "in March 2026" is fine, though its end is stored as 1 March.
-- (date_trunc over a plain timestamp keeps the expression immutable, independent of the time zone.)

ALTER TABLE "Round" DROP CONSTRAINT "Round_dates_check";
ALTER TABLE "Round"
  ADD CONSTRAINT "Round_dates_check" CHECK ("endDate" IS NULL OR "startDate" IS NULL OR (CASE "endDatePrecision"
    WHEN 'MONTH' THEN (date_trunc('month', "endDate"::timestamp) + interval '1 month' - interval '1 day')::date
    WHEN 'YEAR' THEN (date_trunc('year', "endDate"::timestamp) + interval '1 year' - interval '1 day')::date
    ELSE "endDate" END) >= "startDate");

ALTER TABLE "RoundDateReport" DROP CONSTRAINT "RoundDateReport_dates_check";
ALTER TABLE "RoundDateReport"
  ADD CONSTRAINT "RoundDateReport_dates_check" CHECK ("endDate" IS NULL OR "startDate" IS NULL OR (CASE "endDatePrecision"
    WHEN 'MONTH' THEN (date_trunc('month', "endDate"::timestamp) + interval '1 month' - interval '1 day')::date
    WHEN 'YEAR' THEN (date_trunc('year', "endDate"::timestamp) + interval '1 year' - interval '1 day')::date
    ELSE "endDate" END) >= "startDate");

ALTER TABLE "PersonRole" DROP CONSTRAINT "PersonRole_dates_check";
ALTER TABLE "PersonRole"
  ADD CONSTRAINT "PersonRole_dates_check" CHECK ("endDate" IS NULL OR "startDate" IS NULL OR (CASE "endDatePrecision"
    WHEN 'MONTH' THEN (date_trunc('month', "endDate"::timestamp) + interval '1 month' - interval '1 day')::date
    WHEN 'YEAR' THEN (date_trunc('year', "endDate"::timestamp) + interval '1 year' - interval '1 day')::date
    ELSE "endDate" END) >= "startDate");
