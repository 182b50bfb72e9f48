# corpus: path=dashboards/sales_explorer.py
import re

import duckdb
import pandas as pd
import streamlit as st

st.set_page_config(page_title="Sales explorer", layout="wide")

REGIONS = ["EMEA", "NA", "APAC", "LATAM"]
METRICS = {
    "Revenue": "SUM(amount)",
    "Orders": "COUNT(*)",
    "Average order": "AVG(amount)",
}


@st.cache_resource
def connection():
    con = duckdb.connect("warehouse/sales.duckdb", read_only=True)
    con.execute("SET threads TO 2")
    return con


con = connection()

st.title("Sales explorer")
left, right = st.columns(2)
with left:
    region = st.selectbox("Region", REGIONS)
    metric = st.radio("Metric", list(METRICS))
with right:
    customer = st.text_input("Customer name contains", "")
    pattern = st.text_input("SKU pattern (regular expression)", "")

summary = con.execute(  # ok: sql-injection
    f"SELECT date_trunc('month', ordered_at) AS month, {METRICS[metric]} AS value "
    "FROM orders WHERE region = ? GROUP BY 1 ORDER BY 1",
    [region],
).df()
st.line_chart(summary, x="month", y="value")

if customer:
    matches = con.execute(  # expect: sql-injection
        f"SELECT customer, count(*) AS orders, sum(amount) AS total FROM orders "
        f"WHERE customer ILIKE '%{customer}%' GROUP BY customer ORDER BY total DESC LIMIT 50"
    ).df()
    st.markdown(f"### Customers matching <em>{customer}</em>", unsafe_allow_html=True)  # expect: xss
    st.dataframe(matches)

    matches_v2 = con.execute(  # ok: sql-injection
        "SELECT customer, count(*) AS orders, sum(amount) AS total FROM orders "
        "WHERE customer ILIKE ? GROUP BY customer ORDER BY total DESC LIMIT 50",
        [f"%{customer}%"],
    ).df()
    st.markdown(f"### Customers matching *{customer}*")  # ok: xss
    st.dataframe(matches_v2)

lines = con.execute("SELECT sku, description, amount FROM order_lines LIMIT 5000").df()

if pattern:
    hits = lines[lines["sku"].str.contains(pattern, case=False)]  # expect: regex-injection
    st.write(f"{len(hits)} order lines match")
    st.dataframe(hits)

search = st.text_input("Description contains (plain text)", "")
if search:
    hits = lines[lines["description"].str.contains(search, case=False, regex=False)]  # ok: regex-injection
    st.dataframe(hits)
    escaped = re.compile(re.escape(search), re.IGNORECASE)  # ok: regex-injection
    st.caption(f"{sum(bool(escaped.search(d or '')) for d in lines['description'])} descriptions mention it")

uploaded = st.file_uploader("Compare with a CSV export", type=["csv"])
if uploaded is not None:
    theirs = pd.read_csv(uploaded)
    merged = lines.merge(theirs, on="sku", how="outer", indicator=True)
    st.bar_chart(merged["_merge"].value_counts())
