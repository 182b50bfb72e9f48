# corpus: path=scripts/manage_users.py
"""Small admin CLI for support staff: find, disable and re-enable user accounts."""
import argparse
import csv
import logging
import sys
from datetime import datetime, timezone

from sqlalchemy import create_engine, select, update
from sqlalchemy.orm import Session

from app.config import settings
from app.models import AuditEvent, User

log = logging.getLogger("manage_users")


def find(session: Session, email: str | None, name: str | None) -> list[User]:
    stmt = select(User).order_by(User.created_at.desc()).limit(50)
    if email:
        stmt = stmt.where(User.email.ilike(f"%{email}%"))
    if name:
        stmt = stmt.where(User.display_name.ilike(f"%{name}%"))
    return list(session.scalars(stmt))


def set_active(session: Session, user_id: int, active: bool, actor: str, reason: str) -> bool:
    result = session.execute(update(User).where(User.id == user_id).values(is_active=active))
    if result.rowcount == 0:
        return False
    session.add(
        AuditEvent(
            actor=actor,
            action="user.enable" if active else "user.disable",
            target=str(user_id),
            reason=reason,
            created_at=datetime.now(timezone.utc),
        )
    )
    session.commit()
    return True


def export(users: list[User], out) -> None:
    writer = csv.writer(out)
    writer.writerow(["id", "email", "name", "active", "created_at"])
    for u in users:
        writer.writerow([u.id, u.email, u.display_name, u.is_active, u.created_at.isoformat()])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    f = sub.add_parser("find", help="search users")
    f.add_argument("--email")
    f.add_argument("--name")
    f.add_argument("--csv", action="store_true", help="write CSV to stdout")
    for command in ("disable", "enable"):
        p = sub.add_parser(command)
        p.add_argument("user_id", type=int)
        p.add_argument("--reason", required=True)
        p.add_argument("--actor", required=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    engine = create_engine(settings.database_url)
    with Session(engine) as session:
        if args.command == "find":
            users = find(session, args.email, args.name)
            if args.csv:
                export(users, sys.stdout)
            else:
                for u in users:
                    state = "active" if u.is_active else "disabled"
                    sys.stdout.write(f"{u.id:>8}  {u.email:<40} {state}\n")
            return 0
        ok = set_active(session, args.user_id, args.command == "enable", args.actor, args.reason)
        if not ok:
            log.error("no user with id %s", args.user_id)
            return 1
        log.info("%sd user %s", args.command, args.user_id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
