/**
 * The access token for a Page. With one Page configured without its id (MESSENGER_PAGE_ACCESS_TOKEN alone),
 * that token serves whatever Page id the webhook reports.
 */
export function pageToken(pages: Readonly<Record<string, string>>, pageId: string): string | undefined {
  const own = pages[pageId];
  if (own) return own;
  const tokens = Object.values(pages);
  return tokens.length === 1 ? tokens[0] : undefined;
}
