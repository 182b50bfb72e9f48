# corpus: path=library/views.py
from django.http import JsonResponse

from .models import Book


def books_by_author(request):
    author = request.GET.get("author", "")
    books = Book.objects.raw("SELECT * FROM library_book WHERE author = %s", [author])  # ok: sql-injection
    return JsonResponse({"titles": [b.title for b in books]})
