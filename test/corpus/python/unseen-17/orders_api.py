# corpus: path=app/api/routes/orders.py
from fastapi import APIRouter, Depends, Query

from app.deps import get_session, require_admin
from app.repositories.orders import OrderFilter, OrderRepository

router = APIRouter(prefix="/orders", tags=["orders"])


@router.get("/")
async def list_orders(
    status: str | None = None,
    customer: str | None = None,
    sort: str = Query("created"),
    session=Depends(get_session),
):
    repo = OrderRepository(session)
    orders = await repo.list(OrderFilter(status=status, customer=customer, sort=sort))
    return [o.to_dict() for o in orders]


@router.get("/raw")
async def list_orders_raw(sort: str = "created_at", session=Depends(get_session)):
    repo = OrderRepository(session)
    return [o.to_dict() for o in await repo.list_raw_sort(sort)]


@router.delete("/archive")
async def archive(cutoff: str, session=Depends(get_session), admin=Depends(require_admin)):
    repo = OrderRepository(session)
    return {"deleted": await repo.archive_before(cutoff)}
