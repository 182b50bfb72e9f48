# corpus: path=explorer/app.py
import os
import sqlite3

import pandas as pd
import requests
import streamlit as st
import streamlit.components.v1 as components

DB_PATH = os.environ.get("EXPLORER_DB", "/data/warehouse.sqlite")
TABLES = ["orders", "customers", "products"]

st.set_page_config(page_title="SQL explorer", layout="wide")


@st.cache_resource
def get_conn():
    return sqlite3.connect(DB_PATH, check_same_thread=False)


conn = get_conn()

table = st.selectbox("Table", TABLES)
limit = st.slider("Rows", 10, 1000, 100)
preview = pd.read_sql_query(f"SELECT * FROM {table} LIMIT {int(limit)}", conn)  # ok: sql-injection
st.dataframe(preview)

customer = st.text_input("Customer email")
if customer:
    orders = pd.read_sql_query(f"SELECT * FROM orders WHERE email = '{customer}'", conn)  # expect: sql-injection
    st.dataframe(orders)
    safe_orders = pd.read_sql_query("SELECT * FROM orders WHERE email = ?", conn, params=(customer,))  # ok: sql-injection
    st.caption(f"{len(safe_orders)} orders")

filter_expr = st.text_input("Filter (pandas query)", "total > 0")
if filter_expr:
    st.dataframe(preview.query(filter_expr))  # expect: code-injection

embed_url = st.text_input("Embed a dashboard URL")
if embed_url:
    components.iframe(embed_url, height=600)
    content = requests.get(embed_url, timeout=5).text  # expect: ssrf
    components.html(content, height=600, scrolling=True)  # expect: xss

notes = st.text_area("Notes (markdown)")
st.markdown(notes)  # ok: xss
st.markdown(f"<div class='note'>{notes}</div>", unsafe_allow_html=True)  # expect: xss
