# corpus: path=crm/api/views.py
import logging

import requests
import yaml
from django.contrib.auth import get_user_model
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from crm.models import Contact, ImportProfile

logger = logging.getLogger(__name__)
User = get_user_model()


class ContactSerializer(serializers.ModelSerializer):
    class Meta:
        model = Contact
        fields = ["id", "name", "email", "company", "website"]


class ProfileSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["first_name", "last_name", "email"]


class ContactViewSet(viewsets.ModelViewSet):
    serializer_class = ContactSerializer
    permission_classes = [IsAuthenticated]

    def get_queryset(self):
        qs = Contact.objects.filter(owner=self.request.user)
        term = self.request.query_params.get("search")
        if term:
            qs = qs.extra(where=[f"name ILIKE '%%{term}%%'"])  # expect: sql-injection
        return qs

    @action(detail=False, methods=["get"])
    def by_company(self, request):
        company = request.query_params.get("company", "")
        qs = Contact.objects.filter(owner=request.user, company__iexact=company)  # ok: sql-injection
        return Response(ContactSerializer(qs, many=True).data)

    @action(detail=True, methods=["post"])
    def fetch_logo(self, request, pk=None):
        contact = self.get_object()
        logo_url = request.data.get("logo_url", "")
        resp = requests.get(logo_url, timeout=5)  # expect: ssrf
        contact.logo = resp.content
        contact.save(update_fields=["logo"])
        return Response(status=status.HTTP_204_NO_CONTENT)

    @action(detail=False, methods=["post"])
    def import_profile(self, request):
        raw = request.data.get("profile", "")
        config = yaml.unsafe_load(raw)  # expect: unsafe-deserialization
        profile = ImportProfile.objects.create(owner=request.user, mapping=config.get("mapping", {}))
        return Response({"id": profile.pk}, status=status.HTTP_201_CREATED)

    @action(detail=False, methods=["post"])
    def import_profile_safe(self, request):
        raw = request.data.get("profile", "")
        config = yaml.safe_load(raw)  # ok: unsafe-deserialization
        profile = ImportProfile.objects.create(owner=request.user, mapping=config.get("mapping", {}))
        return Response({"id": profile.pk}, status=status.HTTP_201_CREATED)


class ProfileViewSet(viewsets.ViewSet):
    permission_classes = [IsAuthenticated]

    def partial_update(self, request, pk=None):
        User.objects.filter(pk=request.user.pk).update(**request.data)  # expect: mass-assignment
        return Response(status=status.HTTP_204_NO_CONTENT)

    def update(self, request, pk=None):
        serializer = ProfileSerializer(request.user, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        serializer.save()  # ok: mass-assignment
        logger.info("profile %s updated", request.user.pk)
        return Response(serializer.data)
