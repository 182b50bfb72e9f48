# corpus: path=app/controllers/InvoiceController.py
import os
import subprocess

from masonite.controllers import Controller
from masonite.request import Request
from masonite.response import Response
from masonite.views import View
from masoniteorm.query import QueryBuilder

from app.models.Invoice import Invoice

EXPORT_DIR = "/var/app/storage/exports"
PDF_DIR = "/var/app/storage/pdf"
SORTABLE = {"due": "due_at", "amount": "amount_cents", "customer": "customer_name"}


class InvoiceController(Controller):
    def index(self, view: View, request: Request):
        status = request.input("status", "open")
        invoices = Invoice.where_raw(f"status = '{status}'").order_by("due_at").get()  # expect: sql-injection
        return view.render("invoices.index", {"invoices": invoices, "status": status})

    def filtered(self, view: View, request: Request):
        status = request.input("status", "open")
        column = SORTABLE.get(request.input("sort"), "due_at")
        invoices = Invoice.where("status", status).order_by(column).get()  # ok: sql-injection
        return view.render("invoices.index", {"invoices": invoices, "status": status})

    def overdue(self, view: View, request: Request):
        days = request.input("days", "30")
        rows = QueryBuilder().table("invoices").where_raw("due_at < NOW() - INTERVAL ? DAY", [days]).get()  # ok: sql-injection
        return view.render("invoices.overdue", {"rows": rows})

    def by_customer(self, view: View, request: Request):
        customer = request.input("customer")
        rows = QueryBuilder().statement(  # expect: sql-injection
            "SELECT id, number, amount_cents FROM invoices WHERE customer_name LIKE '%" + customer + "%'"
        )
        return view.render("invoices.overdue", {"rows": rows})

    def show(self, view: View, request: Request):
        invoice = Invoice.find_or_fail(request.param("id"))
        return view.render("invoices.show", {"invoice": invoice})

    def download(self, request: Request, response: Response):
        name = request.param("filename")
        return response.download(name, os.path.join(EXPORT_DIR, name))  # expect: path-traversal

    def download_own(self, request: Request, response: Response):
        invoice = Invoice.find_or_fail(request.param("id"))
        name = f"invoice-{invoice.number}.csv"
        return response.download(name, os.path.join(EXPORT_DIR, name))  # ok: path-traversal

    def render_pdf(self, request: Request, response: Response):
        invoice = Invoice.find_or_fail(request.param("id"))
        page_size = request.input("page_size", "A4")
        target = os.path.join(PDF_DIR, f"{invoice.id}.pdf")
        subprocess.run(f"wkhtmltopdf --page-size {page_size} http://localhost:8000/invoices/{invoice.id}/print {target}", shell=True, check=True)  # expect: command-injection
        return response.download(f"{invoice.number}.pdf", target)

    def render_pdf_safe(self, request: Request, response: Response):
        invoice = Invoice.find_or_fail(request.param("id"))
        page_size = request.input("page_size", "A4")
        target = os.path.join(PDF_DIR, f"{invoice.id}.pdf")
        subprocess.run(  # ok: command-injection
            ["wkhtmltopdf", "--page-size", page_size, f"http://localhost:8000/invoices/{invoice.id}/print", target],
            check=True,
        )
        return response.download(f"{invoice.number}.pdf", target)

    def mark_paid(self, request: Request, response: Response):
        invoice = Invoice.find_or_fail(request.param("id"))
        invoice.update({"status": "paid"})
        return response.redirect(request.input("return_to", "/invoices"))  # expect: open-redirect

    def void(self, request: Request, response: Response):
        invoice = Invoice.find_or_fail(request.param("id"))
        invoice.update({"status": "void"})
        return response.redirect(name="invoices.index")  # ok: open-redirect

    def preview_note(self, request: Request, response: Response):
        note = request.input("note", "")
        return response.view(f"<div class='note'>{note}</div>")  # expect: xss
