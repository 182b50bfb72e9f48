# corpus: path=reports/queries.py changeset=reports
from django.db import connection


def find_orders(term):
    with connection.cursor() as cursor:
        cursor.execute(  # expect: sql-injection
            "SELECT id, reference, total FROM orders WHERE reference LIKE '%%" + term + "%%' ORDER BY created DESC LIMIT 50"
        )
        return [dict(zip(("id", "reference", "total"), row)) for row in cursor.fetchall()]


def find_customer(customer_id):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, name, email FROM customers WHERE id = %s", [customer_id])  # ok: sql-injection
        row = cursor.fetchone()
    return dict(zip(("id", "name", "email"), row)) if row else {}
