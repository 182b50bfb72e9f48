# corpus: path=library/views.py
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from .forms import BookSearchForm
from .models import Book, Loan

LOAN_PERIOD = timedelta(days=21)


def book_list(request):
    form = BookSearchForm(request.GET or None)
    books = Book.objects.prefetch_related("authors").annotate(open_loans=Count("loans", filter=Q(loans__returned_at__isnull=True)))
    if form.is_valid() and form.cleaned_data["q"]:
        q = form.cleaned_data["q"]
        books = books.filter(Q(title__icontains=q) | Q(authors__name__icontains=q) | Q(isbn=q)).distinct()
    page = Paginator(books, 25).get_page(request.GET.get("page"))
    return render(request, "library/book_list.html", {"form": form, "page": page})


def book_detail(request, pk):
    book = get_object_or_404(Book.objects.prefetch_related("authors"), pk=pk)
    return render(request, "library/book_detail.html", {"book": book})


@login_required
@require_POST
def borrow(request, pk):
    with transaction.atomic():
        book = get_object_or_404(Book.objects.select_for_update(), pk=pk)
        if book.available < 1:
            messages.error(request, "All copies are on loan.")
            return redirect(book)
        if Loan.objects.open().filter(member=request.user).count() >= 5:
            messages.error(request, "You already have five books on loan.")
            return redirect(book)
        Loan.objects.create(book=book, member=request.user, due_at=timezone.now() + LOAN_PERIOD)
    messages.success(request, f"Enjoy '{book.title}'. It is due back in three weeks.")
    return redirect("library:my-loans")


@login_required
@require_POST
def give_back(request, pk):
    loan = get_object_or_404(Loan.objects.open(), pk=pk, member=request.user)
    loan.mark_returned()
    messages.success(request, "Thanks, the book is checked in.")
    return redirect("library:my-loans")


@login_required
def my_loans(request):
    loans = Loan.objects.open().filter(member=request.user).select_related("book").order_by("due_at")
    return render(request, "library/my_loans.html", {"loans": loans})
