# corpus: path=listings/api/search.py
import os
import re
from typing import Any

from elasticsearch import AsyncElasticsearch
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from motor.motor_asyncio import AsyncIOMotorClient
from pydantic import BaseModel, Field

router = APIRouter(prefix="/listings")

mongo = AsyncIOMotorClient(os.environ["MONGO_URL"])
db = mongo.get_default_database()
es = AsyncElasticsearch(os.environ["ES_URL"], api_key=os.environ["ES_API_KEY"])

INDEX = "listings-v3"
BOOSTABLE = {"price": "doc['price'].value", "recency": "doc['listed_at'].value.toInstant().toEpochMilli()"}


class ListingFilter(BaseModel):
    city: str
    max_price: int | None = None
    bedrooms: int = Field(default=0, ge=0, le=10)


class SavedSearch(BaseModel):
    name: str = Field(max_length=80)
    criteria: dict[str, Any]


async def current_user(request: Request):
    user = await db.users.find_one({"session_id": request.cookies.get("sid", "")})  # ok: nosql-injection
    if not user:
        raise HTTPException(status_code=401)
    return user


@router.post("/filter")
async def filter_listings(body: ListingFilter):
    query: dict[str, Any] = {"city": body.city, "bedrooms": {"$gte": body.bedrooms}}
    if body.max_price is not None:
        query["price"] = {"$lte": body.max_price}
    cursor = db.listings.find(query).limit(50)  # ok: nosql-injection
    return [doc async for doc in cursor]


@router.post("/filter/raw")
async def filter_listings_raw(request: Request):
    criteria = await request.json()
    cursor = db.listings.find(criteria).limit(50)  # expect: nosql-injection
    return [doc async for doc in cursor]


@router.get("/nearby")
async def nearby(street: str = Query(...), min_score: str = "0"):
    cursor = db.listings.find(  # expect: nosql-injection
        {"$where": f"this.address.street == '{street}' && this.score >= {min_score}"}
    )
    return [doc async for doc in cursor.limit(20)]


@router.get("/by-street")
async def by_street(street: str = Query(..., max_length=120)):
    pattern = re.escape(street)
    cursor = db.listings.find({"address.street": {"$regex": f"^{pattern}", "$options": "i"}})  # ok: nosql-injection
    return [doc async for doc in cursor.limit(20)]


@router.post("/saved")
async def save_search(body: SavedSearch, user=Depends(current_user)):
    await db.saved_searches.insert_one({"user_id": user["_id"], "name": body.name, "criteria": body.criteria})
    return {"ok": True}


@router.get("/text")
async def text_search(q: str, city: str | None = None):
    must: list[dict[str, Any]] = [{"simple_query_string": {"query": q, "fields": ["title^3", "description"]}}]
    if city:
        must.append({"term": {"city.keyword": city}})
    resp = await es.search(index=INDEX, query={"bool": {"must": must}}, size=25)  # ok: nosql-injection
    return [hit["_source"] for hit in resp["hits"]["hits"]]


@router.get("/ranked")
async def ranked(q: str, boost: str = "price"):
    script = BOOSTABLE.get(boost, BOOSTABLE["price"])
    resp = await es.search(  # ok: code-injection
        index=INDEX,
        query={
            "script_score": {
                "query": {"match": {"title": q}},
                "script": {"source": f"Math.log(2 + {script})"},
            }
        },
    )
    return [hit["_source"] for hit in resp["hits"]["hits"]]


@router.get("/ranked/custom")
async def ranked_custom(q: str, formula: str = "_score"):
    resp = await es.search(  # expect: code-injection
        index=INDEX,
        query={
            "script_score": {
                "query": {"match": {"title": q}},
                "script": {"source": f"{formula} * params.weight", "params": {"weight": 1.5}},
            }
        },
    )
    return [hit["_source"] for hit in resp["hits"]["hits"]]
