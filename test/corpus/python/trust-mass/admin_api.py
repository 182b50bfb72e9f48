# corpus: path=accounts/api.py
from rest_framework import permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Invitation, Team, User


class UserSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["id", "username", "email", "first_name", "last_name"]
        read_only_fields = ["id", "username"]


class TeamSerializer(serializers.ModelSerializer):
    class Meta:
        model = Team
        fields = ["id", "name", "slug"]


class UserViewSet(viewsets.ModelViewSet):
    serializer_class = UserSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return User.objects.filter(team=self.request.user.team)

    @action(detail=False, methods=["get"])
    def me(self, request):
        return Response(UserSerializer(request.user).data)

    @action(detail=False, methods=["patch"], url_path="me/update")
    def update_me(self, request):
        serializer = UserSerializer(request.user, data=request.data, partial=True)  # ok: mass-assignment
        serializer.is_valid(raise_exception=True)
        serializer.save()
        return Response(serializer.data)

    @action(detail=False, methods=["post"], url_path="me/preferences")
    def preferences(self, request):
        User.objects.filter(pk=request.user.pk).update(**request.data)  # expect: mass-assignment
        return Response(status=status.HTTP_204_NO_CONTENT)

    @action(detail=False, methods=["post"])
    def accept_invite(self, request):
        invite = Invitation.objects.get(token=str(request.data.get("token", "")), accepted_at__isnull=True)
        user = User.objects.create_user(  # ok: mass-assignment
            username=request.data["username"],
            email=invite.email,
            password=request.data["password"],
            team=invite.team,
        )
        invite.accept(user)
        return Response(UserSerializer(user).data, status=status.HTTP_201_CREATED)

    @action(detail=False, methods=["post"])
    def bulk_invite(self, request):
        created = []
        for row in request.data.get("invites", []):
            created.append(Invitation.objects.create(team=request.user.team, **row))  # expect: mass-assignment
        return Response({"created": len(created)}, status=status.HTTP_201_CREATED)
