# corpus: path=app/orders/repo.py
def orders_over(db, min_total):
    return list(db.orders.find({"total": {"$gt": float(min_total)}}))  # ok: nosql-injection
