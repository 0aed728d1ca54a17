/**
 * A Zalo button (`oa.query.hide`) sends its payload back as a text from the user, hidden from the chat
 * (`oa.query.show` would show "#TOPIC:subsidy" as if the citizen had typed it). The bot's payloads are
 * written as `#PAYLOAD` so such a text can be told apart from a typed question.
 */
const MARKED = /^#([A-Z][A-Z_]*(?::\S+)?)$/;

export function encodeButtonPayload(payload: string): string {
  return `#${payload}`;
}

/** The bot's payload when the text is one of its own buttons coming back, else undefined. */
export function decodeButtonPayload(text: string): string | undefined {
  return MARKED.exec(text.trim())?.[1];
}
