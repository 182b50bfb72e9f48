# corpus: path=app/views/onboarding.py
from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.post("/onboarding/plan")
def choose_plan():
    session["plan"] = request.form.get("plan", "free")  # expect: trust-boundary
    return redirect("/onboarding/billing")


@app.get("/features/export")
def export_enabled():
    return {"enabled": session.get("plan") in ("pro", "enterprise")}
