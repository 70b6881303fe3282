// The floor of an HTTP JSON request on this machine: bare Fastify answering with the JSON it was sent.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/echo', async (req) => req.body);
await app.listen({ port: Number(process.env.PORT ?? 3301), host: '127.0.0.1' });
