# corpus: path=shop/catalog/models.py
from decimal import Decimal

from django import forms
from django.contrib import admin
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import slugify


class Category(models.Model):
    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=140, unique=True, blank=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children")

    class Meta:
        verbose_name_plural = "categories"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)


class Product(models.Model):
    sku = models.CharField(max_length=32, unique=True)
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="products")
    price = models.DecimalField(max_digits=10, decimal_places=2, validators=[MinValueValidator(Decimal("0.00"))])
    stock = models.PositiveIntegerField(default=0)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title"]
        indexes = [models.Index(fields=["category", "is_active"])]

    def __str__(self) -> str:
        return f"{self.sku} {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("catalog:product", kwargs={"sku": self.sku})

    @property
    def in_stock(self) -> bool:
        return self.stock > 0


class ProductForm(forms.ModelForm):
    class Meta:
        model = Product
        fields = ["sku", "title", "description", "category", "price", "stock", "is_active"]

    def clean_sku(self):
        sku = self.cleaned_data["sku"].strip().upper()
        if not sku.isalnum():
            raise forms.ValidationError("SKU must be letters and digits only.")
        return sku


class StockAdjustForm(forms.Form):
    delta = forms.IntegerField(min_value=-1000, max_value=1000)
    reason = forms.CharField(max_length=200)


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "parent"]
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ["name"]


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    form = ProductForm
    list_display = ["sku", "title", "category", "price", "stock", "status_badge"]
    list_filter = ["category", "is_active"]
    search_fields = ["sku", "title"]
    readonly_fields = ["created_at", "updated_at"]
    actions = ["deactivate"]

    @admin.display(description="Status")
    def status_badge(self, obj: Product) -> str:
        colour = "green" if obj.is_active else "grey"
        return format_html('<span style="color: {}">{}</span>', colour, "active" if obj.is_active else "inactive")

    @admin.action(description="Deactivate selected products")
    def deactivate(self, request, queryset):
        updated = queryset.update(is_active=False)
        self.message_user(request, f"{updated} products deactivated.")
