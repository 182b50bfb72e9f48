# corpus: path=catalog/forms.py
from django import forms
from django.core.exceptions import ValidationError

from .models import Product, Review

MAX_IMAGE_BYTES = 4 * 1024 * 1024


class ProductForm(forms.ModelForm):
    class Meta:
        model = Product
        fields = ["sku", "title", "description", "category", "price", "stock", "image"]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}

    def clean_sku(self):
        sku = self.cleaned_data["sku"].strip().upper()
        if not sku.isalnum():
            raise ValidationError("SKU must be letters and digits only")
        return sku

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if image and image.size > MAX_IMAGE_BYTES:
            raise ValidationError("Image is larger than 4 MB")
        return image


class ReviewForm(forms.ModelForm):
    class Meta:
        model = Review
        fields = ["rating", "body"]

    def clean_body(self):
        body = self.cleaned_data["body"]
        if len(body.split()) < 3:
            raise ValidationError("Please write a few words")
        return body


class SearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=100)
    min_price = forms.DecimalField(required=False, min_value=0)
    max_price = forms.DecimalField(required=False, min_value=0)
    sort = forms.ChoiceField(required=False, choices=[("price", "Price"), ("-price", "Price (desc)"), ("title", "Title")])

    def clean(self):
        data = super().clean()
        lo, hi = data.get("min_price"), data.get("max_price")
        if lo is not None and hi is not None and lo > hi:
            raise ValidationError("Minimum price is above maximum")
        return data


class ContactForm(forms.Form):
    name = forms.CharField(max_length=80)
    email = forms.EmailField()
    message = forms.CharField(widget=forms.Textarea, max_length=2000)
