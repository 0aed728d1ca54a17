import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { startApp } from '../support/app.js';

/** Opens a request whose body never finishes: it stays in flight until the socket is closed. */
function hangingRequest(port: number): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write('POST /webchat/messages HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"userId"');
      setTimeout(() => resolve(socket), 100);
    });
  });
}

describe('overload protection', () => {
  let app: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    app = await startApp({ MAX_IN_FLIGHT: '2' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
  });
  afterAll(() => app.close());

  it('answers 503 once too many requests are in flight, and recovers when they finish', async () => {
    const hanging = [await hangingRequest(port), await hangingRequest(port)];
    const refused = await fetch(`http://127.0.0.1:${port}/webchat/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'u', text: 'xin chào' }),
    });
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: string }).error).toBe('unavailable');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    for (const socket of hanging) socket.destroy();
    await new Promise((r) => setTimeout(r, 100));
    const accepted = await fetch(`http://127.0.0.1:${port}/webchat/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'u', text: 'xin chào' }),
    });
    expect(accepted.status).toBe(200);
  });

  it('refuses a body over the limit with 413 without reading it all', async () => {
    const socket = connect(port, '127.0.0.1');
    const answer = await new Promise<string>((resolve) => {
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk.toString();
        if (data.includes('\r\n\r\n')) resolve(data);
      });
      // Announces 50 MB and sends only the start: the server must answer without waiting for the rest.
      socket.write('POST /webchat/messages HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 52428800\r\n\r\n{"userId":"u"');
    });
    socket.destroy();
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
  });
});
