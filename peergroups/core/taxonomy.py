"""The shared fixed vocabularies of the platform: one source of truth.

Knowledge pages, groups, teams, search facets and the finder all use these
choices; nobody keeps their own string list. Vocabularies that editors extend
(themes, policy domains) are models in ``peergroups.models`` instead.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationType(models.TextChoices):
    GEMEENTE = "gemeente", _("Municipality")
    PROVINCIE = "provincie", _("Province")
    WATERSCHAP = "waterschap", _("Water authority")
    MINISTERIE = "ministerie", _("Ministry")
    ZBO = "zelfstandig_bestuursorgaan", _("Independent administrative body")
    UITVOERINGSORGANISATIE = "uitvoeringsorganisatie", _("Executive agency")
    SAMENWERKINGSVERBAND = "samenwerkingsverband", _("Partnership")
    VEILIGHEIDSREGIO = "veiligheidsregio", _("Safety region")
    OVERIG = "overig", _("Other")


class GovernmentLayer(models.TextChoices):
    LOKAAL = "lokaal", _("Local")
    REGIONAAL = "regionaal", _("Regional")
    NATIONAAL = "nationaal", _("National")


class Province(models.TextChoices):
    GRONINGEN = "groningen", "Groningen"
    FRIESLAND = "friesland", "Fryslân"
    DRENTHE = "drenthe", "Drenthe"
    OVERIJSSEL = "overijssel", "Overijssel"
    FLEVOLAND = "flevoland", "Flevoland"
    GELDERLAND = "gelderland", "Gelderland"
    UTRECHT = "utrecht", "Utrecht"
    NOORD_HOLLAND = "noord-holland", "Noord-Holland"
    ZUID_HOLLAND = "zuid-holland", "Zuid-Holland"
    ZEELAND = "zeeland", "Zeeland"
    NOORD_BRABANT = "noord-brabant", "Noord-Brabant"
    LIMBURG = "limburg", "Limburg"


class Function(models.TextChoices):
    """A member's function, as asked on the profile."""

    GEMEENTESECRETARIS = "gemeentesecretaris", _("Municipal secretary")
    DIRECTEUR = "directeur", _("Director")
    TEAMLEIDER = "teamleider", _("Team lead")
    AFDELINGSHOOFD = "afdelingshoofd", _("Head of department")
    PROGRAMMAMANAGER = "programmamanager", _("Programme manager")
    BELEIDSADVISEUR = "beleidsadviseur", _("Policy adviser")
    KWALITEITSADVISEUR = "kwaliteitsadviseur", _("Quality adviser")
    BESTUURDER = "bestuurder", _("Board member")
    OVERIG = "overig", _("Other")


class ThemeKind(models.TextChoices):
    PILLAR = "pillar", _("Programme pillar")
    CASE_THEME = "case_theme", _("Case theme")
    GROUP_THEME = "group_theme", _("Working group theme")


#: Staff-size bands used by the finder and comparable-organisation ranking.
STAFF_SIZE_BANDS = [
    ("lt250", _("fewer than 250"), 0, 249),
    ("250-1000", _("250 to 1,000"), 250, 1000),
    ("1000-2500", _("1,000 to 2,500"), 1001, 2500),
    ("gt2500", _("more than 2,500"), 2501, None),
]


def staff_size_band(staff_count: int | None) -> str:
    """Return the band key for a staff count ('' when unknown)."""
    if staff_count is None:
        return ""
    for key, _label, low, high in STAFF_SIZE_BANDS:
        if staff_count >= low and (high is None or staff_count <= high):
            return key
    return ""
