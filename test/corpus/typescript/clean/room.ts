// corpus: path=src/do/room.ts
import { DurableObject } from 'cloudflare:workers';

export interface StatusEvent {
  type: 'status';
  status: string;
  at: string;
}

export class ReviewRoom extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    if (request.headers.get('Upgrade') !== 'websocket') {
      return new Response('expected a WebSocket upgrade', { status: 426 });
    }
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server);
    const last = await this.ctx.storage.get<StatusEvent>('last');
    if (last) server.send(JSON.stringify(last));
    return new Response(null, { status: 101, webSocket: client });
  }

  async publish(event: StatusEvent): Promise<number> {
    await this.ctx.storage.put('last', event);
    const data = JSON.stringify(event);
    let delivered = 0;
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.send(data);
        delivered++;
      } catch {
        ws.close(1011, 'send failed');
      }
    }
    return delivered;
  }

  async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    if (message === 'ping') ws.send('pong');
  }

  async webSocketClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    try {
      ws.close(code, reason);
    } catch {
      // already closed by the peer
    }
  }
}
