"""Demo content of the knowledge base (idempotent)."""

from .models import HomePage

HOME_INTRO = (
    "<p>Een kennis- en leerplatform voor managers in de publieke sector. Hier delen gemeenten, "
    "provincies, waterschappen en uitvoeringsorganisaties hun goede praktijken, werken ze samen in "
    "peergroepen en werkgroepen, en helpen collega's elkaar met managementvragen en dilemma's.</p>"
)


def load():
    home = HomePage.objects.first()
    if home is None:
        return {"home": 0}
    if home.intro != HOME_INTRO or home.title != "Leerplatform Publiek Management":
        home.title = "Leerplatform Publiek Management"
        home.intro = HOME_INTRO
        home.save_revision().publish()
    return {"home": 1}
