-- Hand-written: the transaction that bumps the data version also announces the new number on the channel
-- `parley_data_version`. PostgreSQL delivers a notification only when (and if) its transaction commits, so
-- every API instance that listens learns the version in milliseconds and answers requests from memory
-- instead of reading "DataVersion" first (apps/api/src/data-version/data-version-listener.ts).
CREATE OR REPLACE FUNCTION parley_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE next_version bigint;
BEGIN
  IF coalesce(current_setting('parley.data_version_bumped', true), '') <> 'on' THEN
    PERFORM set_config('parley.data_version_bumped', 'on', true);
    UPDATE "DataVersion" SET version = version + 1 WHERE id = 1 RETURNING version INTO next_version;
    PERFORM pg_notify('parley_data_version', next_version::text);
  END IF;
  RETURN NULL;
END
$$;
