# corpus: path=backend/app/api/routes/items.py changeset=inventory
from typing import Annotated

from fastapi import APIRouter, Depends, Query, UploadFile
from sqlalchemy.orm import Session

from ..deps import get_db
from ...services import crud, exports
from ...services.images import store_image, resize_remote

router = APIRouter(prefix="/items", tags=["items"])


@router.get("/")
def list_items(db: Annotated[Session, Depends(get_db)], sort: str = "name", q: str | None = None):
    return crud.list_items(db, sort=sort, search=q)


@router.get("/{item_id}")
def read_item(item_id: int, db: Annotated[Session, Depends(get_db)]):
    return crud.get_item(db, item_id)


@router.post("/{item_id}/export")
def export_item(item_id: int, filename: str, db: Annotated[Session, Depends(get_db)]):
    item = crud.get_item(db, item_id)
    return {"path": exports.write_csv(item, filename)}


@router.post("/{item_id}/image")
async def upload_image(item_id: int, file: UploadFile):
    data = await file.read()
    return {"key": store_image(item_id, file.filename, data)}


@router.post("/{item_id}/image-from-url")
def image_from_url(item_id: int, url: Annotated[str, Query(max_length=2048)]):
    return {"key": resize_remote(item_id, url)}
