# corpus: path=api/serializers.py
from django.contrib.auth import get_user_model
from rest_framework import serializers

from catalog.models import Category, Product, Review

User = get_user_model()


class CategorySerializer(serializers.ModelSerializer):
    class Meta:
        model = Category
        fields = ["id", "name", "slug", "parent", "color_code"]
        read_only_fields = ["slug"]


class ReviewSerializer(serializers.ModelSerializer):
    author = serializers.StringRelatedField()

    class Meta:
        model = Review
        fields = ["id", "author", "rating", "body", "created_at"]
        read_only_fields = ["author", "created_at"]

    def validate_rating(self, value):
        if not 1 <= value <= 5:
            raise serializers.ValidationError("Rating must be between 1 and 5")
        return value

    def create(self, validated_data):
        validated_data["author"] = self.context["request"].user
        validated_data["product"] = self.context["product"]
        return super().create(validated_data)


class ProductSerializer(serializers.ModelSerializer):
    category = serializers.SlugRelatedField(slug_field="slug", queryset=Category.objects.all())
    in_stock = serializers.BooleanField(read_only=True)
    rating = serializers.SerializerMethodField()

    class Meta:
        model = Product
        fields = ["id", "sku", "title", "description", "category", "price", "stock", "in_stock", "rating"]

    def get_rating(self, obj):
        ratings = [r.rating for r in obj.reviews.all()]
        return round(sum(ratings) / len(ratings), 1) if ratings else None


class RegisterSerializer(serializers.ModelSerializer):
    password = serializers.CharField(write_only=True, min_length=10, style={"input_type": "password"})

    class Meta:
        model = User
        fields = ["username", "email", "password"]

    def create(self, validated_data):
        return User.objects.create_user(**validated_data)


class UserSerializer(serializers.ModelSerializer):
    class Meta:
        model = User
        fields = ["id", "username", "email", "date_joined"]
        read_only_fields = fields
