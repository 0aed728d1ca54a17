import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildOptions } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';

/** A configuration as the app would parse it from these environment variables, quiet by default. */
export function testConfig(env: Record<string, string | undefined> = {}): Readonly<Config> {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', USER_ID_SECRET: 'test-secret-0123456789', ...env });
}

/** A unique key prefix so test files sharing one redis-server never see each other's keys. */
export function uniquePrefix(): string {
  return `t${randomUUID().slice(0, 8)}:`;
}

export async function startApp(env: Record<string, string | undefined> = {}, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = await buildApp(testConfig(env), options);
  await app.ready();
  return app;
}

export interface ChatResponse {
  intent: string;
  confidence: number;
  replies: Array<{ text: string; quickReplies: Array<{ title: string; payload: string }> }>;
  sources: Array<{ label: string; doc: string; section?: string }>;
}

export async function ask(app: FastifyInstance, userId: string, text: string): Promise<ChatResponse> {
  const response = await app.inject({ method: 'POST', url: '/webchat/messages', payload: { userId, text } });
  if (response.statusCode !== 200) throw new Error(`web chat answered ${response.statusCode}: ${response.body}`);
  return response.json() as ChatResponse;
}
