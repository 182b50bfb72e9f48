import logging
import time

log = logging.getLogger(__name__)


class Worker:
    def __init__(self, queue, handlers):
        self.queue = queue
        self.handlers = handlers
        self.running = True

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
