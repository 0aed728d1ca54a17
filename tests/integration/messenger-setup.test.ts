import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP_TOPICS } from '../../intents/replies.js';
import { messengerSetup } from '../../scripts/messenger-setup.js';
import { FakeGraph, graphError } from '../support/fake-graph.js';
import { APP_SECRET } from '../fixtures/messenger.js';

describe('npm run messenger:setup', () => {
  let fake: FakeGraph;
  beforeAll(async () => {
    fake = await FakeGraph.start();
  });
  afterAll(() => fake?.close());

  const env = (pages: Record<string, string>) => ({
    NODE_ENV: 'test',
    MESSENGER_APP_SECRET: APP_SECRET,
    MESSENGER_PAGES: JSON.stringify(pages),
    MESSENGER_GRAPH_URL: fake.url,
  });

  async function run(pages: Record<string, string>) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await messengerSetup(env(pages), (l) => out.push(l), (l) => err.push(l));
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('sets Get Started, the greeting and a menu of the help topics on every Page, and prints them', async () => {
    fake.reset();
    const { code, out } = await run({ '111': 'token-one', '222': 'token-two' });
    expect(code).toBe(0);

    const profiles = fake.requests.filter((r) => r.kind === 'profile');
    expect(profiles.map((r) => r.authorization).sort()).toEqual(['Bearer token-one', 'Bearer token-two']);
    const body = profiles[0]!.body;
    expect(profiles[0]!.path).toBe('/v23.0/me/messenger_profile');
    expect(body.get_started).toEqual({ payload: 'HELP' });
    expect(body.greeting[0].locale).toBe('default');
    expect(body.greeting[0].text.length).toBeLessThanOrEqual(160);
    expect(body.greeting[0].text).toMatch(/bảo hiểm y tế/);
    const menu = body.persistent_menu[0].call_to_actions as Array<{ type: string; title: string; payload: string }>;
    expect(menu.map((m) => m.payload)).toEqual(HELP_TOPICS.map((t) => t.payload));
    expect(menu.every((m) => m.type === 'postback' && m.title.length <= 30)).toBe(true);

    expect(out).toMatch(/Page 111: profile set/);
    expect(out).toMatch(/Page 222: profile set/);
    expect(out).toMatch(/Get Started button: payload HELP/);
    for (const topic of HELP_TOPICS) expect(out).toContain(topic.title);
  });

  it('names the Page whose token the platform refuses, and fails', async () => {
    fake.reset();
    fake.answerNext('profile', graphError(190, { message: 'Invalid OAuth access token.' }));
    const { code, err } = await run({ '333': 'expired-token' });
    expect(code).toBe(1);
    expect(err).toMatch(/Page 333: not set: .*code 190/);
  });

  it('explains what to set when Messenger is not configured', async () => {
    const err: string[] = [];
    expect(await messengerSetup({ NODE_ENV: 'test' }, () => {}, (l) => err.push(l))).toBe(1);
    expect(err.join('\n')).toMatch(/MESSENGER_APP_SECRET/);
  });
});
