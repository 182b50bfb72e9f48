from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from ..auth import get_current_user, require_admin
from ..db import get_db
from ..models import Item, User
from ..schemas import ItemIn, ItemOut

router = APIRouter(prefix="/items", tags=["items"])


@router.get("/", response_model=list[ItemOut])
def list_items(db: Session = Depends(get_db), limit: int = 50):
    return db.query(Item).order_by(Item.id).limit(min(limit, 200)).all()


@router.post("/", response_model=ItemOut, status_code=201)
def create_item(body: ItemIn, db: Session = Depends(get_db), user: User = Depends(get_current_user)):
    item = Item(**body.model_dump(), owner_id=user.id)
    db.add(item)
    db.commit()
    return item


@router.delete("/{item_id}", status_code=204, dependencies=[Depends(require_admin)])
def delete_item(item_id: int, db: Session = Depends(get_db)):
    item = db.get(Item, item_id)
    if item is None:
        raise HTTPException(404)
    db.delete(item)
    db.commit()
