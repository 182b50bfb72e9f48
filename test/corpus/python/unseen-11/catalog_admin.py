# corpus: path=catalog/admin.py
import csv

from django.contrib import admin, messages
from django.db.models import Count
from django.http import HttpResponse
from django.utils.html import format_html

from .models import ApiClient, Category, Product, Review


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "parent", "swatch", "product_count")
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_products=Count("products"))

    @admin.display(ordering="n_products")
    def product_count(self, obj):
        return obj.n_products

    @admin.display(description="Colour")
    def swatch(self, obj):
        return format_html('<span style="background:{};padding:0 1em">&nbsp;</span>', obj.color_code)


class ReviewInline(admin.TabularInline):
    model = Review
    extra = 0
    readonly_fields = ("author", "rating", "created_at")


@admin.register(Product)
class ProductAdmin(admin.ModelAdmin):
    list_display = ("sku", "title", "category", "price", "stock", "is_published")
    list_filter = ("is_published", "category")
    search_fields = ("sku", "title")
    inlines = [ReviewInline]
    actions = ["publish", "export_csv"]

    @admin.action(description="Publish selected products")
    def publish(self, request, queryset):
        n = queryset.update(is_published=True)
        self.message_user(request, f"{n} products published", messages.SUCCESS)

    @admin.action(description="Export selected as CSV")
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv")
        response["Content-Disposition"] = 'attachment; filename="products.csv"'
        writer = csv.writer(response)
        writer.writerow(["sku", "title", "price", "stock"])
        for p in queryset.only("sku", "title", "price", "stock"):
            writer.writerow([p.sku, p.title, p.price, p.stock])
        return response


@admin.register(ApiClient)
class ApiClientAdmin(admin.ModelAdmin):
    list_display = ("name", "owner", "key_prefix", "revoked", "created_at")
    readonly_fields = ("key_prefix", "key_hash")
    list_filter = ("revoked",)
