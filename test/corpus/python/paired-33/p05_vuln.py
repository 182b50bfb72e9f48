# corpus: path=app/main.py
from fastapi import FastAPI

from .routers import invoices, customers

app = FastAPI(title="Billing API", version="1.4.0", debug=True)  # expect: debug-mode
app.include_router(invoices.router, prefix="/invoices")
app.include_router(customers.router, prefix="/customers")


@app.get("/healthz")
async def healthz():
    return {"ok": True}
