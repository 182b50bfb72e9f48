# corpus: path=library/models.py
from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify


class Author(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=220, unique=True)
    bio = models.TextField(blank=True)
    born = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:220]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("library:author-detail", kwargs={"slug": self.slug})


class BookQuerySet(models.QuerySet):
    def available(self):
        return self.filter(copies_available__gt=0)

    def by_author(self, author: Author):
        return self.filter(authors=author)

    def published_between(self, start, end):
        return self.filter(published_on__range=(start, end))


class Book(models.Model):
    class Format(models.TextChoices):
        HARDCOVER = "hardcover", "Hardcover"
        PAPERBACK = "paperback", "Paperback"
        EBOOK = "ebook", "E-book"

    isbn = models.CharField(max_length=13, unique=True)
    title = models.CharField(max_length=300)
    authors = models.ManyToManyField(Author, related_name="books")
    format = models.CharField(max_length=12, choices=Format.choices, default=Format.PAPERBACK)
    published_on = models.DateField(null=True, blank=True)
    copies_total = models.PositiveIntegerField(default=1, validators=[MinValueValidator(1)])
    copies_available = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = BookQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        indexes = [models.Index(fields=["published_on"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(copies_available__lte=models.F("copies_total")),
                name="available_not_more_than_total",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.isbn})"


class Loan(models.Model):
    book = models.ForeignKey(Book, on_delete=models.PROTECT, related_name="loans")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="loans")
    borrowed_at = models.DateTimeField(default=timezone.now)
    due_at = models.DateTimeField()
    returned_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-borrowed_at"]
        indexes = [models.Index(fields=["member", "returned_at"])]

    @property
    def is_overdue(self) -> bool:
        return self.returned_at is None and self.due_at < timezone.now()

    def mark_returned(self) -> None:
        self.returned_at = timezone.now()
        self.save(update_fields=["returned_at"])
        Book.objects.filter(pk=self.book_id).update(copies_available=models.F("copies_available") + 1)
