import subprocess

from django.contrib import admin, messages
from django.utils.html import format_html

from directory.models import Listing, Vendor


@admin.register(Vendor)
class VendorAdmin(admin.ModelAdmin):
    list_display = ("name", "contact_email", "approved", "listing_count")
    list_filter = ("approved",)
    search_fields = ("name", "contact_email")
    actions = ["approve_vendors"]

    def listing_count(self, obj):
        return obj.listings.count()

    @admin.action(description="Approve selected vendors")
    def approve_vendors(self, request, queryset):
        updated = queryset.update(approved=True)
        self.message_user(request, f"{updated} vendors approved", messages.SUCCESS)


@admin.register(Listing)
class ListingAdmin(admin.ModelAdmin):
    list_display = ("title", "vendor", "price", "preview")

    def preview(self, obj):
        return format_html("<img src='{}' width='80'>", obj.image_url)


def build_revision():
    return subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], text=True).strip()
