# corpus: path=reviews/api/routes.py
"""Product reviews, stored in MongoDB through Beanie documents."""
import json
import logging
from datetime import datetime, timezone
from typing import Optional

from beanie import Document, PydanticObjectId
from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field

from reviews.auth import current_user, require_moderator

router = APIRouter(prefix="/reviews")
log = logging.getLogger("reviews")


class Review(Document):
    product_id: str
    author_id: str
    rating: int
    body: str
    approved: bool = False
    featured: bool = False
    created_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))

    class Settings:
        name = "reviews"


class ReviewIn(BaseModel):
    product_id: str
    rating: int = Field(ge=1, le=5)
    body: str = Field(max_length=4000)


class ReviewEdit(BaseModel):
    rating: Optional[int] = Field(default=None, ge=1, le=5)
    body: Optional[str] = Field(default=None, max_length=4000)


@router.get("/search")
async def search(request: Request):
    # The storefront builds a Mongo filter in the browser and sends it as ?filter={...}.
    raw = request.query_params.get("filter", "{}")
    criteria = json.loads(raw)
    return await Review.find(criteria).limit(100).to_list()  # expect: nosql-injection


@router.get("/search/v2")
async def search_v2(product_id: str, min_rating: int = 1):
    return await Review.find(  # ok: nosql-injection
        Review.product_id == product_id, Review.rating >= min_rating, Review.approved == True
    ).limit(100).to_list()


@router.get("/by-author")
async def by_author(request: Request):
    # author may arrive as a JSON object such as {"$ne": ""} when the body is JSON.
    body = await request.json()
    return await Review.find({"author_id": body["author"], "approved": True}).to_list()  # expect: nosql-injection


@router.get("/by-author/v2")
async def by_author_v2(request: Request):
    body = await request.json()
    author = str(body["author"])
    return await Review.find({"author_id": author, "approved": True}).to_list()  # ok: nosql-injection


@router.post("")
async def create(request: Request, user=Depends(current_user)):
    data = await request.json()
    review = Review(**data, author_id=str(user.id))  # expect: mass-assignment
    await review.insert()
    return review


@router.post("/v2")
async def create_v2(payload: ReviewIn, user=Depends(current_user)):
    review = Review(**payload.model_dump(), author_id=str(user.id))  # ok: mass-assignment
    await review.insert()
    return review


@router.patch("/{review_id}")
async def edit(review_id: PydanticObjectId, request: Request, user=Depends(current_user)):
    review = await Review.get(review_id)
    if review is None or review.author_id != str(user.id):
        raise HTTPException(404)
    await review.set(await request.json())  # expect: mass-assignment
    return review


@router.patch("/{review_id}/v2")
async def edit_v2(review_id: PydanticObjectId, changes: ReviewEdit, user=Depends(current_user)):
    review = await Review.get(review_id)
    if review is None or review.author_id != str(user.id):
        raise HTTPException(404)
    await review.set(changes.model_dump(exclude_unset=True))  # ok: mass-assignment
    return review


@router.post("/{review_id}/approve", dependencies=[Depends(require_moderator)])
async def approve(review_id: PydanticObjectId):
    review = await Review.get(review_id)
    if review is None:
        raise HTTPException(404)
    await review.set({Review.approved: True})  # ok: mass-assignment
    return {"ok": True}


@router.get("/stats")
async def stats(request: Request):
    # A "where" expression lets the dashboard filter stats; Mongo runs it as JavaScript.
    expr = request.query_params.get("where", "true")
    matching = await Review.find({"$where": expr}).count()  # expect: nosql-injection
    return {"matching": matching}
