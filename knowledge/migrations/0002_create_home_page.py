"""Replace Wagtail's default welcome page with the platform's HomePage."""

from django.db import migrations


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("knowledge.HomePage")

    if HomePage.objects.exists():
        return
    # Wagtail's initial migration creates a placeholder page at /home/.
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    root = Page.objects.get(depth=1)
    locale, _ = Locale.objects.get_or_create(language_code="nl")
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="knowledge")
    # Add the page as the next child of root without treebeard (not available in migrations).
    last_child = Page.objects.filter(depth=2).order_by("-path").first()
    step = int(last_child.path[4:8], 36) + 1 if last_child else 1
    path = root.path + _base36(step).rjust(4, "0")
    home = HomePage.objects.create(
        title="Leerplatform Publiek Management",
        draft_title="Leerplatform Publiek Management",
        slug="home", content_type=content_type, path=path, depth=2, numchild=0,
        url_path="/home/", locale=locale, live=True, has_unpublished_changes=False,
        intro="",
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Leerplatform"},
    )


def _base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    out = ""
    while number:
        number, rem = divmod(number, 36)
        out = digits[rem] + out
    return out or "0"


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]
    operations = [migrations.RunPython(create_home_page, migrations.RunPython.noop)]
