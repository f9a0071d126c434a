// Reading a global id without the GraphQL layer: filters take a record's slug or its global id, and the
// lookup service must tell them apart. The format is the relay plugin's (base64 of `Type:id`); the GraphQL
// layer alone writes ids, and global-id-parts.test.ts holds this reader to what it writes.
const BASE64 = /^(?:[\d+/A-Za-z]{4})*(?:[\d+/A-Za-z]{2}==|[\d+/A-Za-z]{3}=)?$/;
const TYPENAME = /^[A-Z_a-z]\w*$/;

/** The type name and record id inside a global id, or null when the value is not one. */
export function globalIdParts(value: string): { typename: string; id: string } | null {
  if (value === "" || !BASE64.test(value)) return null;
  const decoded = Buffer.from(value, "base64").toString();
  const colon = decoded.indexOf(":");
  const typename = decoded.slice(0, colon);
  const id = decoded.slice(colon + 1);
  return colon > 0 && id !== "" && TYPENAME.test(typename) ? { typename, id } : null;
}
