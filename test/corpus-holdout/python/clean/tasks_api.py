# corpus: path=todo/api/tasks.py
from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID, uuid4

from fastapi import APIRouter, Depends, HTTPException, Query, status
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from todo.db import get_session
from todo.models import Task, TaskList
from todo.security import CurrentUser, get_current_user

router = APIRouter(prefix="/lists/{list_id}/tasks", tags=["tasks"])


class TaskIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    notes: str = Field(default="", max_length=5000)
    due_at: datetime | None = None
    priority: int = Field(default=0, ge=0, le=3)


class TaskPatch(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    notes: str | None = Field(default=None, max_length=5000)
    due_at: datetime | None = None
    priority: int | None = Field(default=None, ge=0, le=3)
    done: bool | None = None


class TaskOut(BaseModel):
    id: UUID
    title: str
    notes: str
    due_at: datetime | None
    priority: int
    done: bool
    created_at: datetime

    model_config = {"from_attributes": True}


class Page(BaseModel):
    items: list[TaskOut]
    total: int


SessionDep = Annotated[AsyncSession, Depends(get_session)]
UserDep = Annotated[CurrentUser, Depends(get_current_user)]


async def owned_list(session: AsyncSession, user: CurrentUser, list_id: UUID) -> TaskList:
    task_list = await session.get(TaskList, list_id)
    if task_list is None or task_list.owner_id != user.id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "list not found")
    return task_list


@router.get("", response_model=Page)
async def list_tasks(
    list_id: UUID,
    session: SessionDep,
    user: UserDep,
    done: bool | None = None,
    limit: int = Query(50, ge=1, le=200),
    offset: int = Query(0, ge=0),
):
    await owned_list(session, user, list_id)
    stmt = select(Task).where(Task.list_id == list_id)
    if done is not None:
        stmt = stmt.where(Task.done.is_(done))
    total = await session.scalar(select(func.count()).select_from(stmt.subquery()))
    rows = await session.scalars(stmt.order_by(Task.priority.desc(), Task.created_at).limit(limit).offset(offset))
    return Page(items=[TaskOut.model_validate(t) for t in rows], total=total or 0)


@router.post("", response_model=TaskOut, status_code=status.HTTP_201_CREATED)
async def create_task(list_id: UUID, body: TaskIn, session: SessionDep, user: UserDep):
    await owned_list(session, user, list_id)
    task = Task(id=uuid4(), list_id=list_id, **body.model_dump())
    session.add(task)
    await session.commit()
    await session.refresh(task)
    return task


@router.patch("/{task_id}", response_model=TaskOut)
async def update_task(list_id: UUID, task_id: UUID, body: TaskPatch, session: SessionDep, user: UserDep):
    await owned_list(session, user, list_id)
    task = await session.get(Task, task_id)
    if task is None or task.list_id != list_id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "task not found")
    for key, value in body.model_dump(exclude_unset=True).items():
        setattr(task, key, value)
    await session.commit()
    await session.refresh(task)
    return task


@router.delete("/{task_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_task(list_id: UUID, task_id: UUID, session: SessionDep, user: UserDep):
    await owned_list(session, user, list_id)
    task = await session.get(Task, task_id)
    if task is None or task.list_id != list_id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "task not found")
    await session.delete(task)
    await session.commit()
