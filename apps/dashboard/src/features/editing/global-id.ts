// The API's global ids (Relay, as Pothos encodes them: base64 of "Type:id"), for database ids that
// audit entries hold (a position's partyId, its evidenceIds) so history can name the records.
export function globalId(type: string, databaseId: string): string {
  return Buffer.from(`${type}:${databaseId}`, "utf8").toString("base64");
}

/** The record type a global id names ("Party"), or null for a malformed id. */
export function typeOfGlobalId(id: string): string | null {
  try {
    const [type, rest] = Buffer.from(id, "base64").toString("utf8").split(":");
    return type && rest ? type : null;
  } catch {
    return null;
  }
}
