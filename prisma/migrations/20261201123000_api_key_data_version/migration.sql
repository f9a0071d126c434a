-- Hand-written: revoking a key, changing its scopes or expiry, or deleting it bumps the data version, so every
-- API instance's verified-key cache (apps/api/src/security/api-keys.ts) refuses it on the next request.
-- Recording a key's last use touches only "lastUsedAt" and bumps nothing (the response cache stays warm).
CREATE CONSTRAINT TRIGGER parley_data_version AFTER UPDATE OF "revokedAt", "expiresAt", "scopes", "secretHash" OR DELETE ON "ApiKey"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION parley_bump_data_version();
