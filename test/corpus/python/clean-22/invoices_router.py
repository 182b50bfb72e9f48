# corpus: path=billing/app/routers/invoices.py
from datetime import date
from decimal import Decimal
from typing import Annotated, Literal
from uuid import UUID

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, conlist
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import Principal, require_scope
from app.db import get_session
from app.models import Invoice, InvoiceLine
from app.pdf import render_invoice_pdf

router = APIRouter(prefix="/invoices", tags=["invoices"])

SessionDep = Annotated[AsyncSession, Depends(get_session)]
Reader = Annotated[Principal, Depends(require_scope("invoices:read"))]
Writer = Annotated[Principal, Depends(require_scope("invoices:write"))]

ORDERING = {
    "issued": Invoice.issued_on.desc(),
    "due": Invoice.due_on.asc(),
    "amount": Invoice.total.desc(),
}


class LineIn(BaseModel):
    description: str = Field(min_length=1, max_length=300)
    quantity: int = Field(gt=0, le=10_000)
    unit_price: Decimal = Field(gt=0, max_digits=12, decimal_places=2)


class InvoiceIn(BaseModel):
    customer_id: UUID
    due_on: date
    currency: Literal["EUR", "USD", "GBP"] = "EUR"
    lines: conlist(LineIn, min_length=1, max_length=200)


class InvoiceOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: UUID
    number: str
    customer_id: UUID
    currency: str
    total: Decimal
    issued_on: date
    due_on: date
    status: str


class Page(BaseModel):
    items: list[InvoiceOut]
    total: int


@router.get("", response_model=Page)
async def list_invoices(
    session: SessionDep,
    principal: Reader,
    status_filter: Annotated[Literal["draft", "open", "paid", "void"] | None, Query(alias="status")] = None,
    order: Literal["issued", "due", "amount"] = "issued",
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
):
    base = select(Invoice).where(Invoice.tenant_id == principal.tenant_id)
    if status_filter:
        base = base.where(Invoice.status == status_filter)
    total = await session.scalar(select(func.count()).select_from(base.subquery()))
    rows = await session.scalars(base.order_by(ORDERING[order]).limit(limit).offset(offset))
    return Page(items=[InvoiceOut.model_validate(r) for r in rows], total=total or 0)


@router.post("", response_model=InvoiceOut, status_code=status.HTTP_201_CREATED)
async def create_invoice(body: InvoiceIn, session: SessionDep, principal: Writer):
    invoice = Invoice(
        tenant_id=principal.tenant_id,
        customer_id=body.customer_id,
        currency=body.currency,
        due_on=body.due_on,
        status="draft",
    )
    invoice.lines = [
        InvoiceLine(description=l.description, quantity=l.quantity, unit_price=l.unit_price) for l in body.lines
    ]
    invoice.total = sum((l.unit_price * l.quantity for l in body.lines), Decimal("0"))
    session.add(invoice)
    await session.commit()
    await session.refresh(invoice)
    return invoice


async def load_invoice(invoice_id: UUID, session: AsyncSession, principal: Principal) -> Invoice:
    invoice = await session.get(Invoice, invoice_id)
    if invoice is None or invoice.tenant_id != principal.tenant_id:
        raise HTTPException(status_code=404, detail="invoice not found")
    return invoice


@router.get("/{invoice_id}", response_model=InvoiceOut)
async def get_invoice(invoice_id: UUID, session: SessionDep, principal: Reader):
    return await load_invoice(invoice_id, session, principal)


@router.post("/{invoice_id}/void", status_code=status.HTTP_204_NO_CONTENT)
async def void_invoice(invoice_id: UUID, session: SessionDep, principal: Writer):
    invoice = await load_invoice(invoice_id, session, principal)
    if invoice.status == "paid":
        raise HTTPException(status_code=409, detail="paid invoices cannot be voided")
    invoice.status = "void"
    await session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{invoice_id}/pdf")
async def invoice_pdf(invoice_id: UUID, session: SessionDep, principal: Reader):
    invoice = await load_invoice(invoice_id, session, principal)
    pdf = await render_invoice_pdf(invoice)
    return StreamingResponse(
        iter([pdf]),
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{invoice.number}.pdf"'},
    )
