import { HELP_TOPICS, PAYLOAD } from '../../../intents/replies.js';
import type { GraphClient } from './graph-client.js';
import { shortTitle } from './outgoing.js';

const MENU_TITLE_LIMIT = 30;
const MENU_ITEMS_LIMIT = 20;

/** What `npm run messenger:setup` sets on each Page through the Messenger Profile API. */
export interface MessengerProfile {
  get_started: { payload: string };
  greeting: Array<{ locale: string; text: string }>;
  persistent_menu: Array<{
    locale: string;
    composer_input_disabled: boolean;
    call_to_actions: Array<{ type: 'postback'; title: string; payload: string }>;
  }>;
}

/** Get Started opens the help topics; the menu lists them, so a citizen can always find them again. */
export function messengerProfile(): MessengerProfile {
  return {
    get_started: { payload: PAYLOAD.help },
    greeting: [
      {
        locale: 'default',
        text: 'Xin chào {{user_first_name}}! Tôi trả lời các câu hỏi về bảo hiểm y tế (BHYT). Bấm “Bắt đầu” hoặc gõ câu hỏi của bạn.',
      },
    ],
    persistent_menu: [
      {
        locale: 'default',
        composer_input_disabled: false,
        call_to_actions: HELP_TOPICS.slice(0, MENU_ITEMS_LIMIT).map((topic) => ({
          type: 'postback',
          title: shortTitle(topic.title, MENU_TITLE_LIMIT),
          payload: topic.payload,
        })),
      },
    ],
  };
}

export async function setMessengerProfile(client: GraphClient, token: string, profile: MessengerProfile): Promise<void> {
  await client.post('me/messenger_profile', token, profile);
}
