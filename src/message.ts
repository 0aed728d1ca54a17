/** The channel-neutral message model: channels translate to and from it; intents see nothing else. */

export type ChannelName = 'webchat' | 'messenger' | 'zalo';

/**
 * What a person did, as the pipeline understands it:
 * text typed, a button payload, a non-text attachment, following or unfollowing the account.
 */
export type InboundKind = 'text' | 'payload' | 'attachment' | 'subscribe' | 'unsubscribe';

export interface InboundMessage {
  channel: ChannelName;
  /** The Page id, the OA id or `web`: replies go out through the same account. */
  account: string;
  /** The platform's user id, raw. Stored and logged only as a keyed hash. */
  userId: string;
  /** The platform's message id (or a stable id made from the event): the de-duplication key. */
  messageId: string;
  kind: InboundKind;
  text?: string;
  payload?: string;
  at: Date;
}

export interface QuickReply {
  title: string;
  payload: string;
}

export interface SourceRef {
  /** Short citation shown to the citizen, e.g. "Chỉ thị 52-CT/TW (Ban Bí thư, 03/10/2025), mục II". */
  label: string;
  doc: string;
  section?: string;
}

export interface Reply {
  text: string;
  quickReplies?: QuickReply[];
}

/** What the pipeline decided for one inbound message. */
export interface TurnResult {
  intent: string;
  confidence: number;
  replies: Reply[];
  sources: SourceRef[];
  /** The FAQ entry answered, when one was. */
  entryId?: string;
}
