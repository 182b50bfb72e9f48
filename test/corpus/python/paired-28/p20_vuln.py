# corpus: path=app/orders/repo.py
def orders_over(db, min_total):
    return list(db.orders.find({"$where": f"this.total > {min_total}"}))  # expect: nosql-injection
