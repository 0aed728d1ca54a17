// The baseline: a bare Fastify server answering 200 to the same POSTs as the real webhooks (the body is
// parsed as JSON by Fastify's default parser; nothing is checked, stored or sent). Run as its own process.
import Fastify from 'fastify';

const app = Fastify({ bodyLimit: 256 * 1024 });
app.post('/webhooks/messenger', async () => ({ status: 'received' }));
app.post('/webhooks/zalo', async () => ({ ok: true }));
app.get('/healthz', async () => ({ status: 'ok' }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
