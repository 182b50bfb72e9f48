# corpus: path=music/catalog/endpoints.py
"""Catalogue endpoints. Tables are Piccolo ORM tables; the app is the FastAPI one that
piccolo asgi new generates."""
import logging
from typing import Optional

from fastapi import APIRouter, HTTPException, Query
from piccolo.columns.combination import WhereRaw
from pydantic import BaseModel

from catalog.tables import Album, Band, Track

router = APIRouter(prefix="/catalog")
log = logging.getLogger("catalog")

ORDERINGS = {"name": Track.name, "duration": Track.duration, "plays": Track.plays}


class RatingIn(BaseModel):
    stars: int
    comment: Optional[str] = None


@router.get("/bands/{band_id}")
async def band_detail(band_id: int):
    band = await Band.objects().where(Band.id == band_id).first()
    if band is None:
        raise HTTPException(404)
    return band.to_dict()


@router.get("/tracks")
async def tracks_by_album(album: str):
    rows = await Track.raw(  # expect: sql-injection
        f"SELECT t.id, t.name, t.duration FROM track t JOIN album a ON a.id = t.album WHERE a.title = '{album}'"
    )
    return rows


@router.get("/tracks/v2")
async def tracks_by_album_v2(album: str):
    # Piccolo's raw() fills each {} with a bound parameter, not with text.
    rows = await Track.raw(  # ok: sql-injection
        "SELECT t.id, t.name, t.duration FROM track t JOIN album a ON a.id = t.album WHERE a.title = {}",
        album,
    )
    return rows


@router.get("/bands")
async def search_bands(q: str = Query(""), genre: Optional[str] = None):
    query = Band.select(Band.id, Band.name, Band.popularity)
    if q:
        query = query.where(Band.name.ilike(f"%{q}%"))  # ok: sql-injection
    if genre:
        query = query.where(WhereRaw(f"genre = '{genre}'"))  # expect: sql-injection
    return await query.order_by(Band.popularity, ascending=False).limit(50)


@router.get("/bands/v2")
async def search_bands_v2(q: str = Query(""), genre: Optional[str] = None):
    query = Band.select(Band.id, Band.name, Band.popularity)
    if q:
        query = query.where(Band.name.ilike(f"%{q}%"))
    if genre:
        query = query.where(WhereRaw("genre = {}", genre))  # ok: sql-injection
    return await query.order_by(Band.popularity, ascending=False).limit(50)


@router.get("/albums/{album_id}/tracks")
async def album_tracks(album_id: int, order: str = "name"):
    rows = await Track.raw(  # expect: sql-injection
        f"SELECT id, name, duration, plays FROM track WHERE album = {album_id} ORDER BY {order}"
    )
    return rows


@router.get("/albums/{album_id}/tracks/v2")
async def album_tracks_v2(album_id: int, order: str = "name"):
    column = ORDERINGS.get(order, Track.name)
    return await Track.select().where(Track.album == album_id).order_by(column)  # ok: sql-injection


@router.post("/albums/{album_id}/ratings")
async def rate_album(album_id: int, rating: RatingIn):
    album = await Album.objects().get(Album.id == album_id)
    if album is None:
        raise HTTPException(404)
    await Album.update({Album.rating_total: Album.rating_total + rating.stars}).where(Album.id == album_id)  # ok: sql-injection
    log.info("album %s rated %s", album_id, rating.stars)
    return {"ok": True}


@router.delete("/playlists/{name}")
async def delete_playlist(name: str):
    await Track.raw(f"DELETE FROM playlist WHERE name = '{name}'")  # expect: sql-injection
    return {"deleted": name}
