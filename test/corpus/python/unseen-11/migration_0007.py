# corpus: path=catalog/migrations/0007_backfill_slugs.py
from django.db import migrations, models
from django.utils.text import slugify


def backfill_slugs(apps, schema_editor):
    Category = apps.get_model("catalog", "Category")
    seen = set()
    for category in Category.objects.filter(slug="").order_by("pk"):
        base = slugify(category.name)[:130] or "category"
        slug, n = base, 2
        while slug in seen or Category.objects.filter(slug=slug).exists():
            slug = f"{base}-{n}"
            n += 1
        seen.add(slug)
        category.slug = slug
        category.save(update_fields=["slug"])


def drop_orphans(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("DELETE FROM catalog_review WHERE product_id NOT IN (SELECT id FROM catalog_product)")


class Migration(migrations.Migration):
    dependencies = [("catalog", "0006_product_owner")]

    operations = [
        migrations.AddField(
            model_name="category",
            name="color_code",
            field=models.CharField(default="#cccccc", max_length=7),
        ),
        migrations.RunPython(backfill_slugs, migrations.RunPython.noop),
        migrations.RunPython(drop_orphans, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="category",
            name="slug",
            field=models.SlugField(max_length=140, unique=True),
        ),
    ]
