// The baseline: a bare Fastify server answering 200 to the same POSTs as the real webhooks (Fastify's default
// parser reads the JSON body; nothing is checked, stored or sent). Plain JavaScript on purpose: no build and
// no TypeScript loader in the baseline's process. Listens on 127.0.0.1:$PORT.
import Fastify from 'fastify';

const app = Fastify({ bodyLimit: 256 * 1024 });
app.post('/webhooks/messenger', async () => ({ status: 'received' }));
app.post('/webhooks/zalo', async () => ({ ok: true }));
app.get('/healthz', async () => ({ status: 'ok' }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
