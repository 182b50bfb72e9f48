import { pythonSerializerAllFields } from '../../../../src/review/rules/injection/python-serializer-all-fields'
import { testRule } from '../../rule-tester'

const DRF = 'from rest_framework import serializers, viewsets\n\n'

testRule(pythonSerializerAllFields, {
  valid: [
    // explicit field lists
    `${DRF}class AccountSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Account\n        fields = ["id", "display_name"]`,
    // the author decided what is writable
    `${DRF}class AccountSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Account\n        fields = "__all__"\n        read_only_fields = [f.name for f in Account._meta.fields]`,
    `${DRF}class AccountSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Account\n        read_only_fields = ["owner", "balance"]\n        fields = "__all__"`,
    // named for output, or only served by a read-only view
    `${DRF}class AccountSummarySerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Account\n        fields = "__all__"`,
    `${DRF}class InvoiceSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Invoice\n        fields = "__all__"\n\n\nclass InvoiceViewSet(viewsets.ReadOnlyModelViewSet):\n    queryset = Invoice.objects.all()\n    serializer_class = InvoiceSerializer`,
    // only ever used to serialize records in this file, nested read-only or called on instances
    `${DRF}class OwnerSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = User\n        fields = "__all__"\n\n\nclass PostSerializer(serializers.ModelSerializer):\n    owner = OwnerSerializer(read_only=True)\n\n    class Meta:\n        model = Post\n        fields = ["id", "title", "owner"]`,
    `${DRF}class EventSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Event\n        fields = "__all__"\n\n\ndef feed(request):\n    return Response(EventSerializer(Event.objects.all()[:20], many=True).data)`,
    // a plain serializer's Meta, an admin's, a module's __all__, test code
    `${DRF}class Filters(serializers.Serializer):\n    class Meta:\n        fields = "__all__"`,
    'from django.contrib import admin\n\nclass AccountAdmin(admin.ModelAdmin):\n    class Meta:\n        fields = "__all__"',
    // the admin's forms are staff's
    'from django import forms\n\nclass ProductAdminForm(forms.ModelForm):\n    class Meta:\n        model = Product\n        fields = "__all__"',
    { code: 'from django import forms\n\nclass ProductForm(forms.ModelForm):\n    class Meta:\n        model = Product\n        fields = "__all__"', path: 'shop/catalog/admin.py' },
    // built per model by a factory: the model is a variable, each caller's
    `${DRF}def related_serializer(related_model):\n    class RelatedSerializer(serializers.ModelSerializer):\n        class Meta:\n            model = related_model\n            fields = "__all__"\n\n    return RelatedSerializer`,
    `${DRF}class Expanding(serializers.ModelSerializer):\n    def build_nested_field(self, field_name, relation_info, nested_depth):\n        class NestedSerializer(serializers.ModelSerializer):\n            class Meta:\n                model = relation_info.related_model\n                depth = nested_depth - 1\n                fields = "__all__"\n\n        return NestedSerializer, {}`,
    '__all__ = ["AccountSerializer"]',
    { code: `${DRF}class AccountSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Account\n        fields = "__all__"`, path: 'tests/test_serializers.py' },
  ],
  invalid: [
    // a model class, through its module or the user model's getter, is a concrete model
    { code: `${DRF}from shop import models\n\n\nclass AccountSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = models.Account\n        fields = "__all__"\n\n\nclass AccountViewSet(viewsets.ModelViewSet):\n    serializer_class = AccountSerializer`, findings: [{ line: 9 }] },
    { code: `${DRF}from django.contrib.auth import get_user_model\n\n\nclass UserSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = get_user_model()\n        fields = "__all__"\n\n\nclass UserViewSet(viewsets.ModelViewSet):\n    serializer_class = UserSerializer`, findings: [{ line: 9 }] },
    {
      code: `${DRF}class AccountSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Account\n        fields = "__all__"\n\n\nclass AccountViewSet(viewsets.ModelViewSet):\n    serializer_class = AccountSerializer`,
      findings: [{ line: 6, message: /`AccountSerializer` accepts every field of `Account`/, suggestion: /read_only_fields/ }],
    },
    // unused in the file: a ModelSerializer is writable unless shown otherwise
    { code: `${DRF}class ProfileSerializer(serializers.HyperlinkedModelSerializer):\n    class Meta:\n        model = Profile\n        fields = '__all__'`, findings: [{ line: 6 }] },
    // bound to the request's data
    { code: `${DRF}class EventSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Event\n        fields = "__all__"\n\n\ndef create(request):\n    s = EventSerializer(data=request.data)\n    s.is_valid(raise_exception=True)\n    s.save()`, findings: [{ line: 6 }] },
    // a ModelForm edits what it lists
    {
      code: 'from django import forms\n\nclass ProfileForm(forms.ModelForm):\n    class Meta:\n        model = Profile\n        fields = "__all__"',
      findings: [{ line: 6, message: /`ProfileForm` binds every field of `Profile`/ }],
    },
  ],
})
