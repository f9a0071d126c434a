// Where a form's error message key is worded: the catalog forms' keys ("records.errors.*"), the talks
// forms' ("talks.errors.*"), every form's ("editing.errors.*"); anything else is an API message that is
// already worded. Pure, so a test can check that every key a form schema produces has words.
export interface MessageCatalog {
  has: (key: string) => boolean;
  word: (key: string) => string;
}

export function errorText(catalogs: readonly MessageCatalog[], message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const catalog = catalogs.find((c) => c.has(`errors.${message}`));
  return catalog ? catalog.word(`errors.${message}`) : message;
}
