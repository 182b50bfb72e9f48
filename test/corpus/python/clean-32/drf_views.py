# corpus: path=newsroom/api/views.py
import logging

from django.db.models import Q
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from rest_framework import filters, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.pagination import CursorPagination
from rest_framework.response import Response
from rest_framework.throttling import UserRateThrottle

from newsroom.api.serializers import ArticleSerializer, CommentSerializer
from newsroom.articles.models import Article, Comment

log = logging.getLogger(__name__)


class ArticlePagination(CursorPagination):
    page_size = 25
    ordering = "-published_at"


class IsAuthorOrReadOnly(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        if request.method in permissions.SAFE_METHODS:
            return True
        return obj.author_id == request.user.pk


class ArticleViewSet(viewsets.ModelViewSet):
    serializer_class = ArticleSerializer
    permission_classes = (permissions.IsAuthenticatedOrReadOnly, IsAuthorOrReadOnly)
    pagination_class = ArticlePagination
    filter_backends = (filters.SearchFilter, filters.OrderingFilter)
    search_fields = ("title", "standfirst", "body")
    ordering_fields = ("published_at", "title", "comment_count")
    throttle_classes = (UserRateThrottle,)

    def get_queryset(self):
        qs = Article.objects.select_related("author").prefetch_related("tags")
        if not self.request.user.is_staff:
            qs = qs.filter(Q(status=Article.Status.PUBLISHED) | Q(author=self.request.user.pk))
        section = self.request.query_params.get("section")
        if section:
            qs = qs.filter(section__slug=section)  # ok: sql-injection
        tag = self.request.query_params.get("tag")
        if tag:
            qs = qs.filter(tags__slug=tag)
        return qs

    def perform_create(self, serializer):
        article = serializer.save(author=self.request.user)
        log.info("article %s created by user %s", article.pk, self.request.user.pk)

    @action(detail=True, methods=["post"], permission_classes=[permissions.IsAuthenticated])
    def publish(self, request, pk=None):
        article = self.get_object()
        article.publish(by=request.user)
        return Response({"status": article.status, "published_at": article.published_at})

    @action(detail=True, methods=["get", "post"], serializer_class=CommentSerializer)
    def comments(self, request, pk=None):
        article = self.get_object()
        if request.method == "GET":
            page = self.paginate_queryset(article.comments.filter(hidden=False).order_by("created_at"))
            return self.get_paginated_response(CommentSerializer(page, many=True).data)
        serializer = CommentSerializer(data=request.data, context={"request": request})
        serializer.is_valid(raise_exception=True)
        comment = serializer.save(article=article, author=request.user)  # ok: mass-assignment
        log.info("comment %s on article %s", comment.pk, article.pk)
        return Response(CommentSerializer(comment).data, status=status.HTTP_201_CREATED)

    @action(detail=True, methods=["get"])
    def pdf(self, request, pk=None):
        article = self.get_object()
        if not article.pdf:
            raise Http404
        return FileResponse(article.pdf.open("rb"), as_attachment=True, filename=f"{article.slug}.pdf")  # ok: path-traversal


def share_redirect(request, pk):
    article = get_object_or_404(Article, pk=pk, status=Article.Status.PUBLISHED)
    next_url = request.GET.get("next")
    if next_url and url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)  # ok: open-redirect
    return redirect(reverse("articles:detail", kwargs={"slug": article.slug}))


def moderation_queue(request):
    if not request.user.has_perm("articles.moderate_comment"):
        raise Http404
    comments = Comment.objects.filter(hidden=False, flagged_count__gte=3).select_related("author", "article")[:100]
    return Response(CommentSerializer(comments, many=True).data)
