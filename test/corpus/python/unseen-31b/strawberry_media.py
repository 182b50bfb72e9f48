# corpus: path=media/graphql/schema.py
import logging
import os
import shutil
import subprocess
from pathlib import Path
from typing import Optional

import httpx
import strawberry
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape
from psycopg import sql
from strawberry.types import Info

from media.db import get_conn
from media.storage import LIBRARY_ROOT, safe_asset_path

log = logging.getLogger(__name__)

TEMPLATES = Environment(
    loader=FileSystemLoader("media/templates"),
    autoescape=select_autoescape(["html"]),
)
RENDITIONS = {"thumb": "320x180", "preview": "1280x720", "full": "1920x1080"}
SORTABLE = {"title", "created_at", "duration"}


@strawberry.type
class Asset:
    id: strawberry.ID
    title: str
    path: str
    duration: float


@strawberry.type
class RenditionResult:
    ok: bool
    output: Optional[str] = None


def _row_to_asset(row) -> Asset:
    return Asset(id=strawberry.ID(str(row[0])), title=row[1], path=row[2], duration=row[3])


@strawberry.type
class Query:
    @strawberry.field
    def assets(self, info: Info, collection: str, order_by: str = "created_at", limit: int = 50) -> list[Asset]:
        user = info.context["request"].user
        with get_conn() as conn:
            cur = conn.execute(  # expect: sql-injection
                f"SELECT id, title, path, duration FROM assets WHERE owner_id = %s "
                f"AND collection = '{collection}' ORDER BY {order_by} LIMIT %s",
                (user.id, limit),
            )
            return [_row_to_asset(r) for r in cur.fetchall()]

    @strawberry.field
    def sorted_assets(self, info: Info, collection: str, order_by: str = "created_at") -> list[Asset]:
        user = info.context["request"].user
        column = order_by if order_by in SORTABLE else "created_at"
        query = sql.SQL("SELECT id, title, path, duration FROM assets WHERE owner_id = %s AND collection = %s ORDER BY {}").format(
            sql.Identifier(column)
        )
        with get_conn() as conn:
            cur = conn.execute(query, (user.id, collection))  # ok: sql-injection
            return [_row_to_asset(r) for r in cur.fetchall()]

    @strawberry.field
    def asset_count(self, info: Info, owner_id: int) -> int:
        with get_conn() as conn:
            cur = conn.execute(f"SELECT count(*) FROM assets WHERE owner_id = {owner_id}")  # ok: sql-injection
            return cur.fetchone()[0]

    @strawberry.field
    def caption_preview(self, info: Info, asset_id: strawberry.ID, caption: str) -> str:
        with get_conn() as conn:
            row = conn.execute("SELECT id, title, path, duration FROM assets WHERE id = %s", (asset_id,)).fetchone()
        return Template("<figure><figcaption>" + caption + "</figcaption></figure>").render(asset=row)  # expect: template-injection

    @strawberry.field
    def share_card(self, info: Info, asset_id: strawberry.ID, caption: str) -> str:
        with get_conn() as conn:
            row = conn.execute("SELECT id, title, path, duration FROM assets WHERE id = %s", (asset_id,)).fetchone()
        return TEMPLATES.get_template("share_card.html").render(asset=row, caption=caption)  # ok: template-injection

    @strawberry.field
    def sidecar(self, info: Info, name: str) -> str:
        target = os.path.join(LIBRARY_ROOT, "sidecars", name)
        with open(target, encoding="utf-8") as fh:  # expect: path-traversal
            return fh.read()

    @strawberry.field
    def subtitles(self, info: Info, name: str) -> str:
        target = safe_asset_path(os.path.basename(name))
        with open(target, encoding="utf-8") as fh:  # ok: path-traversal
            return fh.read()


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def import_remote(self, info: Info, source_url: str, collection: str) -> RenditionResult:
        request = info.context["request"]
        log.info("import requested by user %s", request.user.id)
        async with httpx.AsyncClient(timeout=30, follow_redirects=True) as client:
            resp = await client.get(source_url)  # expect: ssrf
        dest = Path(LIBRARY_ROOT) / "incoming" / f"{request.user.id}.bin"
        dest.write_bytes(resp.content)
        return RenditionResult(ok=True, output=str(dest))

    @strawberry.mutation
    def render_rendition(self, info: Info, asset_id: strawberry.ID, size: str, watermark: str = "") -> RenditionResult:
        with get_conn() as conn:
            row = conn.execute("SELECT path FROM assets WHERE id = %s", (asset_id,)).fetchone()
        src = row[0]
        out = f"{src}.{size}.mp4"
        cmd = f"ffmpeg -y -i {src} -vf scale={size},drawtext=text='{watermark}' {out}"
        proc = subprocess.run(cmd, shell=True, capture_output=True, text=True)  # expect: command-injection
        return RenditionResult(ok=proc.returncode == 0, output=out)

    @strawberry.mutation
    def render_preset(self, info: Info, asset_id: strawberry.ID, preset: str) -> RenditionResult:
        scale = RENDITIONS.get(preset)
        if scale is None:
            return RenditionResult(ok=False)
        with get_conn() as conn:
            row = conn.execute("SELECT path FROM assets WHERE id = %s", (asset_id,)).fetchone()
        out = f"{row[0]}.{preset}.mp4"
        proc = subprocess.run(["ffmpeg", "-y", "-i", row[0], "-vf", f"scale={scale}", out], capture_output=True)  # ok: command-injection
        return RenditionResult(ok=proc.returncode == 0, output=out)

    @strawberry.mutation
    def archive_collection(self, info: Info, collection: str) -> RenditionResult:
        user = info.context["request"].user
        folder = Path(LIBRARY_ROOT) / str(user.id) / collection
        shutil.rmtree(folder)  # expect: path-traversal
        return RenditionResult(ok=True)


schema = strawberry.Schema(query=Query, mutation=Mutation)
