// The API's global ids (Relay, as Pothos encodes them: base64 of "Type:id"), for database ids that
// audit entries hold (a position's partyId, its evidenceIds) so history can name the records.
export function globalId(type: string, databaseId: string): string {
  return Buffer.from(`${type}:${databaseId}`, "utf8").toString("base64");
}
