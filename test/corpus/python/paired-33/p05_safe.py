# corpus: path=app/main.py
import os

from fastapi import FastAPI

from .routers import invoices, customers

app = FastAPI(title="Billing API", version="1.4.0", debug=os.environ.get("APP_DEBUG") == "1")  # ok: debug-mode
app.include_router(invoices.router, prefix="/invoices")
app.include_router(customers.router, prefix="/customers")


@app.get("/healthz")
async def healthz():
    return {"ok": True}
