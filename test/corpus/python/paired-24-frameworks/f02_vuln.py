# corpus: path=library/views.py
from django.http import JsonResponse

from .models import Book


def books_by_author(request):
    author = request.GET.get("author", "")
    books = Book.objects.raw(f"SELECT * FROM library_book WHERE author = '{author}'")  # expect: sql-injection
    return JsonResponse({"titles": [b.title for b in books]})
