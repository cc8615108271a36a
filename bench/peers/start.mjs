// The Node peer relay for bench/run.sh --compare: @nostr-relay/core (NIP-01 engine, Schnorr
// checks with @noble/curves) over @nostr-relay/event-repository-sqlite (better-sqlite3),
// served by ws, wired as the @nostr-relay/core documentation shows.
//
// usage: node start.mjs --port N --data-dir DIR   (0 = any free port)
// Prints "peer: listening on ws://127.0.0.1:PORT" once it accepts connections; stops on SIGTERM.
import { NostrRelay } from '@nostr-relay/core';
import { EventRepositorySqlite } from '@nostr-relay/event-repository-sqlite';
import { Validator } from '@nostr-relay/validator';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { WebSocketServer } from 'ws';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const port = Number(arg('port', '0'));
const dataDir = arg('data-dir', './peer-data');
mkdirSync(dataDir, { recursive: true });

const repository = new EventRepositorySqlite(join(dataDir, 'nostr.db'));
await repository.init();
const relay = new NostrRelay(repository);
const validator = new Validator();

const wss = new WebSocketServer({ host: '127.0.0.1', port, backlog: 4096 });
wss.on('connection', (ws, req) => {
  relay.handleConnection(ws, req.socket.remoteAddress);
  ws.on('message', async (data) => {
    try {
      const message = await validator.validateIncomingMessage(data);
      await relay.handleMessage(ws, message);
    } catch (error) {
      ws.send(JSON.stringify(['NOTICE', error instanceof Error ? error.message : String(error)]));
    }
  });
  ws.on('close', () => relay.handleDisconnect(ws));
  ws.on('error', () => relay.handleDisconnect(ws));
});
wss.on('listening', () => {
  console.log(`peer: listening on ws://127.0.0.1:${wss.address().port}`);
});

async function stop() {
  wss.close();
  await relay.destroy();
  await repository.destroy();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
