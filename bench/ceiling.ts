import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerMessage, ServerReply } from './protocol';
import { startSampler } from './sampler';

/**
 * The ceiling of a cached read on this machine: a bare Node HTTP server sending, from memory, the very bytes and
 * headers our cached server sends for each path. No cache can serve faster through Node's HTTP stack, so our
 * cached throughput reads as a share of this.
 */
const main = async () => {
  const answers = new Map<string, { headers: Record<string, string>; body: Buffer }>();
  const server = http.createServer((request, response) => {
    const answer = answers.get(request.url ?? '');
    if (!answer) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, answer.headers).end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sampler = startSampler();
  const reply = (message: ServerReply) => process.send?.(message);
  process.on('message', async (message: ServerMessage) => {
    if (message.type === 'answers') {
      for (const { path, headers, base64 } of message.answers) {
        answers.set(path, { headers, body: Buffer.from(base64, 'base64') });
      }
      reply({ type: 'serving', port: (server.address() as AddressInfo).port });
    } else if (message.type === 'settle') {
      reply({ type: 'settled' });
    } else if (message.type === 'stats') {
      reply({ type: 'stats', queries: 0, ...sampler.take() });
    } else if (message.type === 'stop') {
      sampler.stop();
      await new Promise((resolve) => server.close(resolve));
      process.exit(0);
    }
  });
  reply({ type: 'ready' });
};

process.on('disconnect', () => process.exit(1));

main().catch((error: unknown) => {
  process.send?.({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
