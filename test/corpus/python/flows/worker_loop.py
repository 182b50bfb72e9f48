# corpus: path=jobs/worker.py
import logging
import time

log = logging.getLogger(__name__)


class Worker:
    def __init__(self, queue, handlers):
        self.queue = queue
        self.handlers = handlers
        self.running = True
        self.pending = []

    def handle(self, message):
        handler = self.handlers[message.kind]
        handler(message.payload)

    def run(self):
        while self.running:
            message = self.queue.get(timeout=5)
            if message is None:
                continue
            try:
                self.handle(message)
                self.queue.ack(message)
            except Exception:
                log.exception("message %s failed", message.id)
                self.queue.nack(message)
            finally:
                if not self.running:
                    return  # expect: finally-control-flow

    def flush(self):
        for message in self.pending:
            if message.expired(time.time()):
                self.pending.remove(message)  # expect: mutate-while-iterating
                continue
            self.handle(message)

    def stop(self):
        self.running = False
