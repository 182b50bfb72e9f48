# corpus: path=library/tests/test_views.py
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from library.models import Author, Book, Loan

pytestmark = pytest.mark.django_db


@pytest.fixture
def book():
    author = Author.objects.create(name="Ursula K. Le Guin")
    b = Book.objects.create(title="The Dispossessed", isbn="9780061054884", copies=1)
    b.authors.add(author)
    return b


@pytest.fixture
def member(django_user_model):
    return django_user_model.objects.create_user(username="reader", password="not-a-real-password")


def test_search_matches_author(client, book):
    resp = client.get(reverse("library:books"), {"q": "le guin"})
    assert resp.status_code == 200
    assert book in resp.context["page"].object_list


def test_borrow_requires_login(client, book):
    resp = client.post(reverse("library:borrow", args=[book.pk]))
    assert resp.status_code == 302
    assert reverse("login") in resp.url


def test_borrow_and_return(client, member, book):
    client.force_login(member)
    client.post(reverse("library:borrow", args=[book.pk]))
    loan = Loan.objects.get(book=book, member=member)
    assert loan.returned_at is None
    assert book.available == 0
    client.post(reverse("library:return", args=[loan.pk]))
    loan.refresh_from_db()
    assert loan.returned_at is not None


def test_cannot_borrow_unavailable_book(client, member, book, django_user_model):
    other = django_user_model.objects.create_user(username="other", password="not-a-real-password")
    Loan.objects.create(book=book, member=other, due_at=timezone.now() + timedelta(days=7))
    client.force_login(member)
    resp = client.post(reverse("library:borrow", args=[book.pk]), follow=True)
    assert "All copies are on loan." in resp.content.decode()
    assert not Loan.objects.filter(member=member).exists()


def test_overdue_query(member, book):
    Loan.objects.create(book=book, member=member, due_at=timezone.now() - timedelta(days=1), borrowed_at=timezone.now() - timedelta(days=22))
    assert Loan.objects.overdue().count() == 1
