# corpus: path=support/consumers.py
import json
import logging
import os
from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer, WebsocketConsumer
from django.conf import settings
from django.db import connection
from django.utils.html import escape

from support.models import Message, Ticket

log = logging.getLogger("support.ws")

TRANSCRIPTS = os.path.join(settings.MEDIA_ROOT, "transcripts")


class TicketChatConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        self.ticket_id = self.scope["url_route"]["kwargs"]["ticket_id"]
        params = parse_qs(self.scope["query_string"].decode())
        self.locale = params.get("lang", ["en"])[0]
        self.user = self.scope["user"]
        if not self.user.is_authenticated:
            await self.close(code=4401)
            return
        self.group = f"ticket-{int(self.ticket_id)}"
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()
        await self.send_json({"history": await self.history()})

    async def disconnect(self, code):
        if hasattr(self, "group"):
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive_json(self, content, **kwargs):
        kind = content.get("type")
        if kind == "message":
            await self.save_message(content.get("body", ""))
            await self.channel_layer.group_send(
                self.group,
                {"type": "chat.message", "html": escape(content.get("body", "")), "author": self.user.username},
            )
        elif kind == "search":
            await self.send_json({"results": await self.search(content.get("q", ""))})
        elif kind == "filter":
            await self.send_json({"results": await self.by_status(content.get("status", "open"))})
        elif kind == "attach_transcript":
            await self.send_json({"text": await self.read_transcript(content["file"])})

    async def chat_message(self, event):
        await self.send_json({"html": event["html"], "author": event["author"]})

    @database_sync_to_async
    def history(self):
        return list(Message.objects.filter(ticket_id=self.ticket_id).values("body", "author__username")[:50])

    @database_sync_to_async
    def save_message(self, body):
        Message.objects.create(ticket_id=self.ticket_id, author=self.user, body=body)

    @database_sync_to_async
    def search(self, q):
        with connection.cursor() as cur:
            cur.execute(  # expect: sql-injection
                "SELECT id, body FROM support_message WHERE ticket_id = %s AND body ILIKE '%%" + q + "%%'",
                [self.ticket_id],
            )
            return cur.fetchall()

    @database_sync_to_async
    def by_status(self, status):
        return list(Ticket.objects.filter(assignee=self.user, status=status).values("id", "subject"))  # ok: sql-injection

    @database_sync_to_async
    def read_transcript(self, name):
        with open(os.path.join(TRANSCRIPTS, self.ticket_id, name), encoding="utf-8") as fh:  # expect: path-traversal
            return fh.read()


class AgentConsoleConsumer(WebsocketConsumer):
    def connect(self):
        self.queue_name = self.scope["url_route"]["kwargs"]["queue"]
        self.accept()

    def receive(self, text_data=None, bytes_data=None):
        payload = json.loads(text_data)
        if payload.get("op") == "peek":
            with connection.cursor() as cur:
                cur.execute(  # expect: sql-injection
                    f"SELECT id, subject FROM support_ticket WHERE queue = '{self.queue_name}' ORDER BY created LIMIT 20"
                )
                self.send(text_data=json.dumps({"tickets": cur.fetchall()}))
        elif payload.get("op") == "claim":
            with connection.cursor() as cur:
                cur.execute(  # ok: sql-injection
                    "UPDATE support_ticket SET assignee_id = %s WHERE id = %s AND queue = %s",
                    [self.scope["user"].id, payload.get("ticket"), self.queue_name],
                )
            self.send(text_data=json.dumps({"claimed": payload.get("ticket")}))
        elif payload.get("op") == "notes":
            path = os.path.join(TRANSCRIPTS, "notes", os.path.basename(str(payload.get("name", ""))))
            with open(path, encoding="utf-8") as fh:  # ok: path-traversal
                self.send(text_data=json.dumps({"notes": fh.read()}))
