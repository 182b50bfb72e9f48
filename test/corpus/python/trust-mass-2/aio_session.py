# corpus: path=svc/routes.py
from aiohttp import web
from aiohttp_session import get_session, new_session

from svc.models import Device, db
from svc.schemas import DeviceIn

routes = web.RouteTableDef()


@routes.post("/devices/claim")
async def claim_device(request):
    session = await get_session(request)
    data = await request.json()
    session["device_owner"] = data["owner_id"]  # expect: trust-boundary
    return web.json_response({"ok": True})


@routes.post("/devices")
async def register_device(request):
    session = await get_session(request)
    payload = DeviceIn.model_validate(await request.json())
    device = Device(**payload.model_dump(), owner_id=session["user_id"])  # ok: mass-assignment
    db.add(device)
    await db.commit()
    return web.json_response({"id": device.id}, status=201)


@routes.patch("/devices/{device_id}")
async def patch_device(request):
    device = await db.get(Device, int(request.match_info["device_id"]))
    if device is None:
        raise web.HTTPNotFound()
    changes = await request.json()
    for key, value in changes.items():
        setattr(device, key, value)  # expect: mass-assignment
    await db.commit()
    return web.json_response({"ok": True})


@routes.post("/session/fresh")
async def fresh(request):
    session = await new_session(request)
    session["visits"] = 0  # ok: trust-boundary
    return web.json_response({"ok": True})
