# corpus: path=helpdesk/tickets/api.py
from django.db import transaction
from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from django_filters import rest_framework as filters
from rest_framework import mixins, permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response

from helpdesk.tickets.models import Comment, Ticket


class CommentSerializer(serializers.ModelSerializer):
    author = serializers.CharField(source="author.get_full_name", read_only=True)

    class Meta:
        model = Comment
        fields = ["id", "author", "body", "created_at"]
        read_only_fields = ["id", "author", "created_at"]


class TicketSerializer(serializers.ModelSerializer):
    comments = CommentSerializer(many=True, read_only=True)
    comment_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Ticket
        fields = ["id", "subject", "body", "priority", "status", "assignee", "comments", "comment_count", "created_at"]
        read_only_fields = ["id", "status", "assignee", "created_at"]


class TicketCreateSerializer(serializers.ModelSerializer):
    class Meta:
        model = Ticket
        fields = ["subject", "body", "priority"]

    def validate_subject(self, value: str) -> str:
        value = value.strip()
        if len(value) < 5:
            raise serializers.ValidationError("Please describe the problem in a few words.")
        return value


class AssignSerializer(serializers.Serializer):
    assignee_id = serializers.IntegerField()


class TicketFilter(filters.FilterSet):
    q = filters.CharFilter(method="search")
    created_after = filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")

    class Meta:
        model = Ticket
        fields = ["status", "priority"]

    def search(self, queryset, name, value):
        return queryset.filter(Q(subject__icontains=value) | Q(body__icontains=value))


class IsStaffOrOwner(permissions.BasePermission):
    def has_object_permission(self, request, view, obj):
        return request.user.is_staff or obj.requester_id == request.user.id


class TicketViewSet(
    mixins.CreateModelMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    permission_classes = [permissions.IsAuthenticated, IsStaffOrOwner]
    filterset_class = TicketFilter
    ordering_fields = ["created_at", "priority"]

    def get_queryset(self):
        qs = Ticket.objects.annotate(comment_count=Count("comments")).prefetch_related(
            Prefetch("comments", queryset=Comment.objects.select_related("author").order_by("created_at"))
        )
        if not self.request.user.is_staff:
            qs = qs.filter(requester=self.request.user)
        return qs.order_by("-created_at")

    def get_serializer_class(self):
        return TicketCreateSerializer if self.action == "create" else TicketSerializer

    def perform_create(self, serializer):
        serializer.save(requester=self.request.user, status="open")

    @action(detail=True, methods=["post"])
    def comment(self, request, pk=None):
        ticket = self.get_object()
        serializer = CommentSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        serializer.save(ticket=ticket, author=request.user)
        Ticket.objects.filter(pk=ticket.pk).update(updated_at=timezone.now())
        return Response(serializer.data, status=status.HTTP_201_CREATED)

    @action(detail=True, methods=["post"])
    def assign(self, request, pk=None):
        if not request.user.is_staff:
            raise PermissionDenied("Only staff can assign tickets.")
        ticket = self.get_object()
        serializer = AssignSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with transaction.atomic():
            ticket.assignee_id = serializer.validated_data["assignee_id"]
            ticket.status = "assigned"
            ticket.save(update_fields=["assignee", "status", "updated_at"])
        return Response(TicketSerializer(ticket).data)

    @action(detail=True, methods=["post"])
    def close(self, request, pk=None):
        ticket = self.get_object()
        if ticket.status == "closed":
            return Response({"detail": "already closed"}, status=status.HTTP_409_CONFLICT)
        ticket.status = "closed"
        ticket.closed_at = timezone.now()
        ticket.save(update_fields=["status", "closed_at", "updated_at"])
        return Response(status=status.HTTP_204_NO_CONTENT)

    @action(detail=False, methods=["get"])
    def stats(self, request):
        counts = self.get_queryset().values("status").annotate(n=Count("id")).order_by()
        return Response({row["status"]: row["n"] for row in counts})
