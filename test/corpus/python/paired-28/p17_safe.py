# corpus: path=app/views/onboarding.py
from flask import Flask, redirect, request, session

from app.billing import PLANS

app = Flask(__name__)


@app.post("/onboarding/plan")
def choose_plan():
    plan = request.form.get("plan", "free")
    session["selected_plan"] = plan if plan in PLANS else "free"  # ok: trust-boundary
    return redirect("/onboarding/billing")
