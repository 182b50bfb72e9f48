# corpus: path=newsroom/articles/admin.py
import logging

from django.contrib import admin, messages
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _, ngettext

from newsroom.articles.models import Article, Author, Tag
from newsroom.articles.tasks import reindex_article

log = logging.getLogger(__name__)


class TagInline(admin.TabularInline):
    model = Article.tags.through
    extra = 0
    autocomplete_fields = ("tag",)


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ("display_name", "email", "article_count", "is_staff_writer")
    search_fields = ("display_name", "email")
    readonly_fields = ("api_token_last4", "created_at")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_article_count=Count("articles"))

    @admin.display(ordering="_article_count", description=_("Articles"))
    def article_count(self, obj):
        return obj._article_count

    @admin.display(description=_("API token"))
    def api_token_last4(self, obj):
        if not obj.api_token_hash:
            return "—"
        return format_html("<code>••••{}</code>", obj.api_token_last4)  # ok: xss


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "colour_swatch")
    prepopulated_fields = {"slug": ("name",)}

    @admin.display(description=_("Colour"))
    def colour_swatch(self, obj):
        return format_html(  # ok: xss
            '<span style="display:inline-block;width:1em;height:1em;background:{}"></span> {}',
            obj.colour,
            obj.colour,
        )


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "author", "status", "published_at", "tag_list", "preview_link")
    list_filter = ("status", "section", "published_at")
    search_fields = ("title", "standfirst", "author__display_name")
    date_hierarchy = "published_at"
    inlines = (TagInline,)
    actions = ("publish_selected", "reindex_selected")
    readonly_fields = ("created_at", "updated_at", "revision")

    def get_urls(self):
        urls = super().get_urls()
        custom = [
            path(
                "<int:pk>/duplicate/",
                self.admin_site.admin_view(self.duplicate_view),
                name="articles_article_duplicate",
            ),
        ]
        return custom + urls

    @admin.display(description=_("Tags"))
    def tag_list(self, obj):
        return format_html_join(", ", "<span class=\"tag\">{}</span>", ((t.name,) for t in obj.tags.all()))  # ok: xss

    @admin.display(description=_("Preview"))
    def preview_link(self, obj):
        url = reverse("articles:preview", args=[obj.pk])
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', url, _("Open"))  # ok: xss

    @admin.action(description=_("Publish selected articles"))
    def publish_selected(self, request, queryset):
        drafts = queryset.filter(status=Article.Status.DRAFT)
        updated = 0
        for article in drafts:
            article.publish(by=request.user)
            updated += 1
        log.info("admin publish: user=%s count=%d", request.user.pk, updated)  # ok: log-injection
        self.message_user(
            request,
            ngettext("%d article was published.", "%d articles were published.", updated) % updated,  # ok: xss
            messages.SUCCESS,
        )

    @admin.action(description=_("Rebuild search index for selected"))
    def reindex_selected(self, request, queryset):
        ids = list(queryset.values_list("pk", flat=True))
        for pk in ids:
            reindex_article.delay(pk)
        self.message_user(request, _("Queued %(n)d articles for reindexing.") % {"n": len(ids)})

    def duplicate_view(self, request, pk):
        original = self.get_object(request, str(pk))
        if original is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, str(pk))
        copy = original.duplicate(by=request.user)
        self.message_user(request, format_html(_("Created draft <strong>{}</strong>."), copy.title))  # ok: xss
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=[copy.pk]))  # ok: open-redirect

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.revision = (obj.revision or 0) + 1
        super().save_model(request, obj, form, change)
        log.info("article saved id=%s revision=%s changed=%s", obj.pk, obj.revision, form.changed_data)  # ok: log-injection
