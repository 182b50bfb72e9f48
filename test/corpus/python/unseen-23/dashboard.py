# corpus: path=dashboard/app.py
"""Streamlit analytics dashboard for the support team."""
import io
import os
import pickle
import sqlite3

import pandas as pd
import requests
import streamlit as st
import yaml

DB_PATH = os.environ.get("SUPPORT_DB", "support.db")
API_BASE = os.environ.get("TICKETS_API", "https://tickets.internal.example.com")
TEAMS = ["billing", "onboarding", "platform", "mobile"]

st.set_page_config(page_title="Support dashboard", layout="wide")
conn = sqlite3.connect(DB_PATH, check_same_thread=False)

team = st.selectbox("Team", TEAMS)
customer = st.text_input("Customer name contains")
days = st.slider("Days", 1, 90, 30)

tickets = pd.read_sql_query(
    "SELECT id, subject, status, opened_at FROM tickets WHERE team = ? AND opened_at >= date('now', ?)",
    conn,
    params=(team, f"-{days} days"),
)  # ok: sql-injection
st.dataframe(tickets)

if customer:
    matches = pd.read_sql_query(  # expect: sql-injection
        f"SELECT id, name, plan FROM customers WHERE name LIKE '%{customer}%' ORDER BY name",
        conn,
    )
    st.dataframe(matches)

status_filter = st.multiselect("Status", ["open", "pending", "closed"], default=["open"])
placeholders = ",".join("?" for _ in status_filter)
if status_filter:
    counts = pd.read_sql_query(
        f"SELECT status, count(*) AS n FROM tickets WHERE status IN ({placeholders}) GROUP BY status",
        conn,
        params=status_filter,
    )  # ok: sql-injection
    st.bar_chart(counts.set_index("status"))

expr = st.text_input("Derived column (pandas expression)", "resolved_hours / 24")
if expr:
    tickets["derived"] = eval(expr, {"df": tickets})  # expect: code-injection

query = st.text_input("Filter rows (DataFrame.query)")
if query:
    st.dataframe(tickets.query(query, engine="python"))  # expect: code-injection

uploaded = st.file_uploader("Saved view (.pkl)", type=["pkl"])
if uploaded is not None:
    view = pickle.load(uploaded)  # expect: unsafe-deserialization
    st.write(view)

settings_file = st.file_uploader("Dashboard settings (.yaml)", type=["yaml", "yml"])
if settings_file is not None:
    settings = yaml.safe_load(io.TextIOWrapper(settings_file, encoding="utf-8"))  # ok: unsafe-deserialization
    st.json(settings)

ticket_id = st.number_input("Ticket id", min_value=1, step=1)
if st.button("Load ticket"):
    detail = requests.get(f"{API_BASE}/tickets/{int(ticket_id)}", timeout=5).json()  # ok: ssrf
    st.json(detail)

avatar = st.text_input("Avatar URL for the report header")
if avatar:
    img = requests.get(avatar, timeout=5)  # expect: ssrf
    st.image(img.content)

note = st.text_area("Note for the header")
st.markdown(f"**Note:** {note}")  # ok: xss
st.markdown(f"<div class='banner'>{note}</div>", unsafe_allow_html=True)  # expect: xss
