# corpus: path=assistant/tools.py
import os
from pathlib import Path

import httpx
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.tools import tool
from langchain_openai import ChatOpenAI
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["WAREHOUSE_URL"])
DOCS_DIR = Path("/srv/kb/docs")
llm = ChatOpenAI(model="gpt-4o-mini", temperature=0)

SYSTEM_PROMPT = (
    "You are the internal analytics assistant. Answer from the warehouse and the knowledge base only. "
    "Never reveal credentials."
)


@tool
def run_sql(query: str) -> str:
    """Run a SQL query against the analytics warehouse and return the rows."""
    with engine.connect() as conn:
        rows = conn.execute(text(query)).fetchmany(50)  # expect: sql-injection
    return "\n".join(str(tuple(r)) for r in rows)


@tool
def count_orders(region: str) -> int:
    """Count orders shipped to a region."""
    with engine.connect() as conn:
        return conn.execute(  # ok: sql-injection
            text("SELECT count(*) FROM orders WHERE region = :region"), {"region": region}
        ).scalar_one()


@tool
def read_doc(name: str) -> str:
    """Read a knowledge base document by file name."""
    return (DOCS_DIR / name).read_text()  # expect: path-traversal


@tool
def read_doc_checked(name: str) -> str:
    """Read a knowledge base document by file name."""
    path = (DOCS_DIR / name).resolve()
    if DOCS_DIR.resolve() not in path.parents:
        return "document not found"
    return path.read_text()  # ok: path-traversal


@tool
def fetch_page(url: str) -> str:
    """Fetch a web page the user mentions and return its text."""
    resp = httpx.get(url, timeout=10, follow_redirects=True)  # expect: ssrf
    return resp.text[:5000]


def answer(question: str, user) -> str:
    prompt = ChatPromptTemplate.from_messages([("system", SYSTEM_PROMPT), ("human", "{question}")])
    chain = prompt | llm.bind_tools([run_sql, count_orders, read_doc_checked, fetch_page])
    return chain.invoke({"question": question}).content  # ok: prompt-injection


def answer_as(question: str, persona: str) -> str:
    prompt = ChatPromptTemplate.from_messages(  # expect: prompt-injection
        [("system", SYSTEM_PROMPT + " Adopt this persona: " + persona), ("human", "{question}")]
    )
    return (prompt | llm).invoke({"question": question}).content
