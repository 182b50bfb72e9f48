# corpus: path=directory/admin.py
import logging
import subprocess

from django.contrib import admin, messages
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from directory.models import Listing, Vendor

logger = logging.getLogger(__name__)


@admin.register(Vendor)
class VendorAdmin(admin.ModelAdmin):
    list_display = ("name", "contact_email", "approved", "listing_count", "website_link", "profile_badge")
    list_filter = ("approved",)
    search_fields = ("name", "contact_email")
    actions = ["approve_vendors", "export_catalogue"]

    def listing_count(self, obj):
        return obj.listings.count()

    def website_link(self, obj):
        return mark_safe(f"<a href='{obj.website}' target='_blank'>{obj.name}</a>")  # expect: xss

    def profile_badge(self, obj):
        return format_html("<span class='badge'>{}</span>", obj.tagline)  # ok: xss

    @admin.action(description="Approve selected vendors")
    def approve_vendors(self, request, queryset):
        updated = queryset.update(approved=True)
        self.message_user(request, f"{updated} vendors approved", messages.SUCCESS)

    @admin.action(description="Export catalogue of selected vendors")
    def export_catalogue(self, request, queryset):
        for vendor in queryset:
            target = f"/srv/exports/{vendor.pk}.pdf"
            subprocess.run(  # ok: command-injection
                ["wkhtmltopdf", f"https://directory.example.com/vendors/{vendor.pk}/", target],
                check=True,
                timeout=120,
            )
            logger.info("exported catalogue for vendor %s", vendor.pk)
        self.message_user(request, "Catalogues exported", messages.SUCCESS)


@admin.register(Listing)
class ListingAdmin(admin.ModelAdmin):
    list_display = ("title", "vendor", "price", "preview", "description_html")

    def preview(self, obj):
        return format_html("<img src='{}' width='80'>", obj.image_url)

    def description_html(self, obj):
        return mark_safe("<em>%s</em>" % obj.description)  # expect: xss


def build_revision():
    return subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], text=True).strip()
