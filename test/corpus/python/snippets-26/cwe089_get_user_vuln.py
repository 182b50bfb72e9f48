# corpus: path=users/repository.py
import sqlite3

DB_PATH = "users.db"


def get_user(username):
    """Fetch one user row by username."""
    conn = sqlite3.connect(DB_PATH)
    try:
        cursor = conn.cursor()
        cursor.execute("SELECT id, username, email FROM users WHERE username = '%s'" % username)  # expect: sql-injection
        return cursor.fetchone()
    finally:
        conn.close()
