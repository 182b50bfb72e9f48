// corpus: path=src/lib/event-bus.js
/**
 * In-process pub/sub for UI modules. Handlers run in subscription order; one failing handler
 * is reported and does not stop the others.
 */
export class EventBus {
  #handlers = new Map();

  on(type, handler) {
    const list = this.#handlers.get(type) ?? [];
    list.push(handler);
    this.#handlers.set(type, list);
    return () => this.off(type, handler);
  }

  once(type, handler) {
    const off = this.on(type, (payload) => {
      off();
      handler(payload);
    });
    return off;
  }

  off(type, handler) {
    const list = this.#handlers.get(type);
    if (!list) return;
    const next = list.filter((h) => h !== handler);
    if (next.length) this.#handlers.set(type, next);
    else this.#handlers.delete(type);
  }

  emit(type, payload) {
    const list = [...(this.#handlers.get(type) ?? [])];
    for (const handler of list) {
      try {
        handler(payload);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
    return list.length;
  }

  clear() {
    this.#handlers.clear();
  }
}

export const bus = new EventBus();
