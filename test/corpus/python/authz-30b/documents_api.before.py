from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from ..auth import get_current_user, verify_api_key
from ..db import get_db
from ..models import Document, User
from ..schemas import DocumentOut, DocumentPatch

router = APIRouter(prefix="/documents", tags=["documents"])


@router.get("/{doc_id}", response_model=DocumentOut)
def read_document(doc_id: int, db: Session = Depends(get_db), user: User = Depends(get_current_user)):
    doc = db.query(Document).filter(Document.id == doc_id, Document.owner_id == user.id).first()
    if doc is None:
        raise HTTPException(status_code=404)
    return doc


@router.patch("/{doc_id}", response_model=DocumentOut)
def update_document(doc_id: int, body: DocumentPatch, db: Session = Depends(get_db), user: User = Depends(get_current_user)):
    doc = db.query(Document).filter_by(id=doc_id, owner_id=user.id).first()
    if doc is None:
        raise HTTPException(status_code=404)
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(doc, field, value)
    db.commit()
    return doc


@router.get("/healthz", include_in_schema=False, dependencies=[Depends(verify_api_key)])
def healthz(db: Session = Depends(get_db)):
    db.execute("SELECT 1")
    return {"ok": True}
