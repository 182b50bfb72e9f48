# corpus: path=members/app/api/members.py
from datetime import datetime, timezone
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel, EmailStr
from sqlalchemy import bindparam, func, or_, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.db import get_session
from app.models import Member, Membership

router = APIRouter(prefix="/members", tags=["members"])

ORDER_COLUMNS = {
    "name": Member.display_name,
    "joined": Member.joined_at,
    "email": Member.email,
}


class MemberOut(BaseModel):
    id: int
    display_name: str
    email: EmailStr
    joined_at: datetime


class MemberPatch(BaseModel):
    display_name: str | None = None
    bio: str | None = None


SessionDep = Annotated[AsyncSession, Depends(get_session)]


@router.get("", response_model=list[MemberOut])
async def list_members(
    session: SessionDep,
    q: str = "",
    order: Literal["name", "joined", "email"] = "name",
    limit: int = Query(50, le=200),
):
    stmt = select(Member).order_by(ORDER_COLUMNS[order]).limit(limit)  # ok: sql-injection
    if q:
        stmt = stmt.where(or_(Member.display_name.ilike(f"%{q}%"), Member.email.ilike(f"%{q}%")))  # ok: sql-injection
    result = await session.execute(stmt)
    return result.scalars().all()


@router.get("/search", response_model=list[MemberOut])
async def search_members(session: SessionDep, q: str, sort: str = "display_name"):
    result = await session.execute(
        text(f"SELECT * FROM members WHERE display_name ILIKE :q ORDER BY {sort}"),  # expect: sql-injection
        {"q": f"%{q}%"},
    )
    return result.mappings().all()


@router.get("/by-tag", response_model=list[MemberOut])
async def by_tag(session: SessionDep, tag: str):
    stmt = text(
        "SELECT m.* FROM members m JOIN member_tags t ON t.member_id = m.id WHERE t.tag = :tag"
    ).bindparams(bindparam("tag", value=tag))
    result = await session.execute(stmt)  # ok: sql-injection
    return result.mappings().all()


@router.get("/stats")
async def stats(session: SessionDep, group_by: str = "plan"):
    column = {"plan": "plan", "country": "country"}.get(group_by, "plan")
    result = await session.execute(
        text(f"SELECT {column} AS bucket, COUNT(*) AS n FROM memberships GROUP BY {column}")  # ok: sql-injection
    )
    return [dict(row) for row in result.mappings()]


@router.get("/count")
async def count_members(session: SessionDep, since: datetime | None = None):
    stmt = select(func.count()).select_from(Member)
    if since:
        stmt = stmt.where(Member.joined_at >= since)
    return {"count": (await session.execute(stmt)).scalar_one()}


@router.patch("/{member_id}", response_model=MemberOut)
async def patch_member(member_id: int, body: MemberPatch, session: SessionDep):
    values = body.model_dump(exclude_unset=True)
    await session.execute(update(Member).where(Member.id == member_id).values(**values))  # ok: mass-assignment
    await session.commit()
    member = await session.get(Member, member_id)
    if member is None:
        raise HTTPException(status_code=404)
    return member


@router.put("/{member_id}/raw", response_model=MemberOut)
async def replace_member(member_id: int, body: dict, session: SessionDep):
    member = await session.get(Member, member_id)
    if member is None:
        raise HTTPException(status_code=404)
    for key, value in body.items():
        setattr(member, key, value)  # expect: mass-assignment
    await session.commit()
    return member


@router.post("/{member_id}/renew")
async def renew(member_id: int, session: SessionDep, months: int = Query(12, ge=1, le=36)):
    membership = await session.scalar(select(Membership).where(Membership.member_id == member_id))
    if membership is None:
        raise HTTPException(status_code=404)
    membership.renewed_at = datetime.utcnow()  # expect: deprecated-api
    membership.months = months
    await session.commit()
    return {"renewed_at": membership.renewed_at.isoformat()}


@router.post("/{member_id}/touch")
async def touch(member_id: int, session: SessionDep):
    await session.execute(
        update(Member).where(Member.id == member_id).values(seen_at=datetime.now(timezone.utc))  # ok: deprecated-api
    )
    session.commit()  # expect: missing-await
    return {"ok": True}
