# corpus: path=scripts/reindex.py
"""Rebuild the search index from the database. Run by hand or from cron."""
import argparse
import sys
import traceback

from app.search import index_documents
from app.db import session_scope


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    with session_scope() as session:
        try:
            count = index_documents(session, batch_size=args.batch)
        except Exception:
            print(traceback.format_exc(), file=sys.stderr)  # ok: error-exposure
            return 1
    print(f"indexed {count} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
