# corpus: path=app/controllers/SupplierController.py
"""Supplier pages of the purchasing back office (Masonite 4).

Any signed-in buyer reaches these; query strings and form fields come from their browser.
"""
from masonite.controllers import Controller
from masonite.request import Request
from masonite.response import Response
from masonite.sessions import Session
from masonite.views import View
from masoniteorm.query import QueryBuilder

from app.models.Supplier import Supplier

SORTABLE = {"name": "name", "rating": "rating", "created": "created_at"}


class SupplierController(Controller):
    def index(self, request: Request, view: View):
        term = request.input("q", "")
        suppliers = QueryBuilder().table("suppliers").where_raw(f"name LIKE '%{term}%'").get()  # expect: sql-injection
        return view.render("suppliers.index", {"suppliers": suppliers, "q": term})

    def search(self, request: Request, view: View):
        term = request.input("q", "")
        order = SORTABLE.get(request.input("sort"), "name")
        suppliers = Supplier.where("name", "like", f"%{term}%").order_by(order).get()  # ok: sql-injection
        return view.render("suppliers.index", {"suppliers": suppliers, "q": term})

    def show(self, request: Request, view: View):
        supplier = Supplier.find_or_fail(request.param("id"))
        return view.render("suppliers.show", {"supplier": supplier})

    def rate(self, request: Request, response: Response):
        supplier = Supplier.find_or_fail(request.param("id"))
        supplier.update({"rating": int(request.input("rating"))})
        return response.redirect(request.input("back"))  # expect: open-redirect

    def archive(self, request: Request, response: Response):
        supplier = Supplier.find_or_fail(request.param("id"))
        supplier.update({"archived": True})
        return response.redirect(name="suppliers.index")  # ok: open-redirect

    def switch_locale(self, request: Request, session: Session, response: Response):
        # The buyer's own display language; nothing later trusts it.
        session.set("locale", request.input("locale", "en"))
        return response.back()

    def impersonate(self, request: Request, session: Session, response: Response):
        session.set("acting_as", request.input("buyer_id"))  # expect: trust-boundary
        return response.redirect("/suppliers")

    def export(self, request: Request, response: Response):
        filename = request.input("filename", "suppliers.csv")
        rows = Supplier.where("archived", False).get()
        body = "\n".join(f"{s.id},{s.name},{s.rating}" for s in rows)
        response.header("Content-Disposition", f'attachment; filename="{filename}"')  # expect: header-injection
        return response.view(body).header("Content-Type", "text/csv")

    def export_named(self, request: Request, response: Response):
        rows = Supplier.where("archived", False).get()
        body = "\n".join(f"{s.id},{s.name},{s.rating}" for s in rows)
        response.header("Content-Disposition", 'attachment; filename="suppliers.csv"')  # ok: header-injection
        return response.view(body).header("Content-Type", "text/csv")
