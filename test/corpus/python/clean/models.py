# corpus: path=library/models.py
from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify


class Author(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    bio = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:50]
        super().save(*args, **kwargs)


class Book(models.Model):
    title = models.CharField(max_length=300)
    isbn = models.CharField(max_length=13, unique=True)
    authors = models.ManyToManyField(Author, related_name="books")
    published = models.DateField(null=True, blank=True)
    copies = models.PositiveIntegerField(default=1, validators=[MinValueValidator(1)])

    class Meta:
        ordering = ["title"]
        indexes = [models.Index(fields=["published"])]

    def __str__(self):
        return f"{self.title} ({self.isbn})"

    def get_absolute_url(self):
        return reverse("library:book", args=[self.pk])

    @property
    def available(self) -> int:
        return self.copies - self.loans.filter(returned_at__isnull=True).count()


class LoanQuerySet(models.QuerySet):
    def open(self):
        return self.filter(returned_at__isnull=True)

    def overdue(self, now=None):
        return self.open().filter(due_at__lt=now or timezone.now())


class Loan(models.Model):
    book = models.ForeignKey(Book, on_delete=models.PROTECT, related_name="loans")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="loans")
    borrowed_at = models.DateTimeField(default=timezone.now)
    due_at = models.DateTimeField()
    returned_at = models.DateTimeField(null=True, blank=True)

    objects = LoanQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(check=models.Q(due_at__gt=models.F("borrowed_at")), name="loan_due_after_borrow"),
        ]

    def mark_returned(self):
        self.returned_at = timezone.now()
        self.save(update_fields=["returned_at"])

    @property
    def is_overdue(self) -> bool:
        return self.returned_at is None and self.due_at < timezone.now()
