# corpus: path=catalog/models.py
import hashlib
import uuid
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

User = get_user_model()


class TimeStamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Category(TimeStamped):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=140, unique=True, blank=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="children")
    color_code = models.CharField(max_length=7, default="#cccccc")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = _("categories")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:140]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("catalog:category", kwargs={"slug": self.slug})


class ProductQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def in_category(self, category: Category):
        return self.filter(category__in=[category, *category.children.all()])

    def cheaper_than(self, amount: Decimal):
        return self.filter(price__lt=amount)


class Product(TimeStamped):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    sku = models.CharField(max_length=32, unique=True)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="products")
    price = models.DecimalField(max_digits=10, decimal_places=2, validators=[MinValueValidator(Decimal("0"))])
    stock = models.PositiveIntegerField(default=0)
    is_published = models.BooleanField(default=False)
    image = models.ImageField(upload_to="products/%Y/%m/", blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)

    objects = ProductQuerySet.as_manager()

    class Meta:
        indexes = [models.Index(fields=["sku"]), models.Index(fields=["category", "is_published"])]

    def __str__(self) -> str:
        return f"{self.sku} {self.title}"

    @property
    def in_stock(self) -> bool:
        return self.stock > 0

    def etag(self) -> str:
        payload = f"{self.pk}:{self.updated_at.isoformat()}:{self.price}"
        return hashlib.md5(payload.encode()).hexdigest()  # ok: weak-hash

    def reserve(self, quantity: int) -> None:
        updated = Product.objects.filter(pk=self.pk, stock__gte=quantity).update(stock=models.F("stock") - quantity)
        if not updated:
            raise ValueError(f"only {self.stock} left of {self.sku}")
        self.refresh_from_db(fields=["stock"])


class Review(TimeStamped):
    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="reviews")
    author = models.ForeignKey(User, on_delete=models.CASCADE)
    rating = models.PositiveSmallIntegerField(choices=[(i, str(i)) for i in range(1, 6)])
    body = models.TextField(max_length=4000)

    class Meta:
        unique_together = [("product", "author")]

    def __str__(self) -> str:
        return f"{self.author} on {self.product}: {self.rating}"


class ApiClient(TimeStamped):
    name = models.CharField(max_length=80)
    key_prefix = models.CharField(max_length=8, db_index=True)
    key_hash = models.CharField(max_length=64)
    owner = models.ForeignKey(User, on_delete=models.CASCADE)
    revoked = models.BooleanField(default=False)

    def matches(self, presented: str) -> bool:
        return hashlib.sha256(presented.encode()).hexdigest() == self.key_hash
