# corpus: path=docstore/dao.py
import sqlite3


class DocumentStore:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path)

    def find_by_tag(self, tag: str, limit: int = 50):
        cur = self.conn.cursor()
        cur.execute("SELECT id, title FROM documents WHERE tags LIKE ? LIMIT ?", (f"%{tag}%", limit))  # ok: sql-injection
        return cur.fetchall()
