# corpus: path=boards/consumers.py
import logging
import subprocess

from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer, JsonWebsocketConsumer
from django.conf import settings
from django.db import connection
from django.utils.html import escape

from boards.models import Board, Card

log = logging.getLogger(__name__)

EXPORT_FORMATS = {"pdf": "--pdf", "png": "--png"}


class BoardConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        self.board_id = int(self.scope["url_route"]["kwargs"]["board_id"])
        self.group = f"board-{self.board_id}"
        if not self.scope["user"].is_authenticated:
            await self.close()
            return
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive_json(self, content, **kwargs):
        action = content.get("action")
        if action == "search":
            await self.send_json({"cards": await self.search_cards(content.get("q", ""))})
        elif action == "search_tag":
            await self.send_json({"cards": await self.cards_with_tag(content.get("tag", ""))})
        elif action == "comment":
            await self.channel_layer.group_send(
                self.group,
                {"type": "card.comment", "card": content["card"], "text": content["text"][:2000]},
            )
        elif action == "rename":
            await self.rename_card(int(content["card"]), content["title"])
        log.debug("board %s action %s", self.board_id, action)  # expect: log-injection

    async def card_comment(self, event):
        await self.send_json({"card": event["card"], "text": event["text"]})

    @database_sync_to_async
    def search_cards(self, q):
        with connection.cursor() as cur:
            cur.execute(  # expect: sql-injection
                "SELECT id, title FROM boards_card "
                f"WHERE board_id = {self.board_id} AND title ILIKE '%%{q}%%' LIMIT 50"
            )
            return [{"id": i, "title": t} for i, t in cur.fetchall()]

    @database_sync_to_async
    def cards_with_tag(self, tag):
        with connection.cursor() as cur:
            cur.execute(  # ok: sql-injection
                "SELECT c.id, c.title FROM boards_card c JOIN boards_tag t ON t.card_id = c.id "
                "WHERE c.board_id = %s AND t.name = %s",
                [self.board_id, tag],
            )
            return [{"id": i, "title": t} for i, t in cur.fetchall()]

    @database_sync_to_async
    def rename_card(self, card_id, title):
        Card.objects.filter(board_id=self.board_id, pk=card_id).update(title=title[:200])  # ok: sql-injection


class ExportConsumer(JsonWebsocketConsumer):
    def connect(self):
        self.accept()

    def receive_json(self, content, **kwargs):
        board = Board.objects.get(pk=int(content["board"]))
        name = content.get("filename", board.slug)
        out = f"{settings.EXPORT_ROOT}/{name}.pdf"
        subprocess.run(  # expect: command-injection
            f"board-render --board {board.pk} --pdf -o {out}", shell=True, check=True, timeout=120
        )
        self.send_json({"status": "done", "file": f"{name}.pdf"})

    def export_safe(self, content):
        board = Board.objects.get(pk=int(content["board"]))
        flag = EXPORT_FORMATS.get(content.get("format"), "--pdf")
        out = f"{settings.EXPORT_ROOT}/{board.slug}-{board.pk}"
        subprocess.run(  # ok: command-injection
            ["board-render", "--board", str(board.pk), flag, "-o", out], check=True, timeout=120
        )


class ChatConsumer(AsyncJsonWebsocketConsumer):
    async def receive_json(self, content, **kwargs):
        text = content.get("text", "")
        await self.send_json({"html": f"<span class='msg'>{escape(text)}</span>"})  # ok: xss
        await sync_to_async(log.info)("chat message length=%d", len(text))
