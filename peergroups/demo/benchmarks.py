"""Demo content of the Huis van benchmarks: a catalogue, a published and an open round.

Idempotent (found by slug and updated). The indicators come from the seeds (the citizen
satisfaction rating with target 7, the service norms of a kwaliteitshandvest or the
BurgerServiceCode); every value is fictional and drawn from a fixed seed, so each run gives the
same numbers. The demo manager's organisation (UWV) takes part in both rounds and scores below
its comparable organisations on telephone reachability, so its report has a gap to learn from.
"""

from __future__ import annotations

import datetime
import random
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from peergroups.models import (
    BenchmarkContact,
    BenchmarkRound,
    BenchmarkValue,
    BenchmarkValueChange,
    Indicator,
    Organisation,
    RoundParticipation,
    Space,
    Spearhead,
    Theme,
    User,
)

#: The working group that runs the demo rounds.
ROUND_GROUP = "werkgroep-benchmarking-en-kwaliteit"

#: (slug, name, definition, unit, min, max, direction, target, themes, source, (mean, spread))
INDICATORS = [
    (
        "kto-cijfer",
        "Klanttevredenheid (KTO-cijfer)",
        "Het gemiddelde rapportcijfer dat klanten geven in het klanttevredenheidsonderzoek (KTO) "
        "over het contact met de organisatie.",
        "cijfer",
        1,
        10,
        "higher",
        7,
        ["klantorientatie"],
        "Standaard klanttevredenheidsonderzoek; streefcijfer 7 uit de Burgerpeiling",
        (7.0, 0.5),
    ),
    (
        "afhandeling-binnen-servicenorm",
        "Afhandeling binnen servicenorm (%)",
        "Het deel van de aanvragen en meldingen dat is afgehandeld binnen de termijn die het "
        "kwaliteitshandvest belooft.",
        "%",
        0,
        100,
        "higher",
        90,
        ["klantorientatie", "transparantie-en-integriteit"],
        "Kwaliteitshandvest / BurgerServiceCode",
        (86.0, 6.0),
    ),
    (
        "telefonische-bereikbaarheid",
        "Telefonische bereikbaarheid (% binnen 30 seconden opgenomen)",
        "Het deel van de telefoongesprekken dat binnen 30 seconden door een medewerker wordt opgenomen.",
        "%",
        0,
        100,
        "higher",
        80,
        ["klantorientatie"],
        "BurgerServiceCode: de overheid is goed bereikbaar",
        (78.0, 7.0),
    ),
    (
        "beantwoording-e-mail",
        "Beantwoording e-mail binnen twee werkdagen (%)",
        "Het deel van de e-mails en webformulieren dat binnen twee werkdagen inhoudelijk is beantwoord.",
        "%",
        0,
        100,
        "higher",
        95,
        ["klantorientatie"],
        "Kwaliteitshandvest",
        (88.0, 5.0),
    ),
    (
        "doorlooptijd-aanvraag",
        "Gemiddelde doorlooptijd van een aanvraag (werkdagen)",
        "Het gemiddelde aantal werkdagen tussen de ontvangst van een volledige aanvraag en het besluit.",
        "werkdagen",
        0,
        365,
        "lower",
        None,
        ["klantorientatie"],
        "Eigen registratie van de organisatie",
        (21.0, 5.0),
    ),
    (
        "bezwaren-gegrond",
        "Gegronde bezwaren (% van de besluiten)",
        "Het deel van de besluiten waartegen bezwaar werd gemaakt en dat bezwaar gegrond werd verklaard.",
        "%",
        0,
        100,
        "lower",
        None,
        ["transparantie-en-integriteit"],
        "Jaarverslag bezwaar en beroep",
        (1.8, 0.6),
    ),
    (
        "klachten-per-10000",
        "Klachten per 10.000 klantcontacten",
        "Het aantal formele klachten per 10.000 klantcontacten (telefoon, balie, e-mail en post).",
        "aantal",
        0,
        10000,
        "lower",
        None,
        ["klantorientatie", "lerend-vermogen"],
        "Klachtenregistratie volgens de Algemene wet bestuursrecht",
        (6.0, 2.0),
    ),
    (
        "digitale-afhandeling",
        "Digitaal afgehandelde aanvragen (%)",
        "Het deel van de aanvragen dat volledig digitaal is ingediend en afgehandeld.",
        "%",
        0,
        100,
        "higher",
        None,
        ["innovatie"],
        "Eigen registratie van de organisatie",
        (64.0, 12.0),
    ),
    (
        "medewerkerstevredenheid",
        "Medewerkerstevredenheid (MTO-cijfer)",
        "Het gemiddelde rapportcijfer dat medewerkers geven in het medewerkerstevredenheidsonderzoek.",
        "cijfer",
        1,
        10,
        "higher",
        7,
        ["werkgeverschap"],
        "Medewerkerstevredenheidsonderzoek",
        (7.1, 0.4),
    ),
    (
        "ziekteverzuim",
        "Ziekteverzuim (%)",
        "Het ziekteverzuimpercentage van de medewerkers over het jaar, zonder zwangerschapsverlof.",
        "%",
        0,
        100,
        "lower",
        5,
        ["werkgeverschap"],
        "Verzuimregistratie volgens de Vernet-methode",
        (5.6, 1.1),
    ),
]

#: Values of the demo manager's organisation that differ from the drawn ones (a visible gap).
MANAGER_ORGANISATION = "uwv"
MANAGER_VALUES = {"telefonische-bereikbaarheid": Decimal("61"), "kto-cijfer": Decimal("6.6")}


def _value(rng: random.Random, mean: float, spread: float, low: float, high: float, unit: str) -> Decimal:
    raw = min(max(rng.gauss(mean, spread), low), high)
    places = Decimal("1") if unit in ("werkdagen", "aantal") else Decimal("0.1")
    return Decimal(str(raw)).quantize(places)


def _indicators(editor) -> dict[str, Indicator]:
    themes = {t.slug: t for t in Theme.objects.all()}
    keeper = Space.objects.filter(slug=ROUND_GROUP).first()
    result = {}
    for slug, name, definition, unit, low, high, direction, target, theme_slugs, source, _spread in INDICATORS:
        indicator, _ = Indicator.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "definition": definition,
                "unit": unit,
                "minimum_value": Decimal(low),
                "maximum_value": Decimal(high),
                "direction": direction,
                "target_value": Decimal(target) if target is not None else None,
                "source": source,
                "keeper": keeper,
                "created_by": editor,
            },
        )
        indicator.themes.set([themes[s] for s in theme_slugs if s in themes])
        result[slug] = indicator
    return result


def _round(slug, name, space, *, start, end, status, description, indicators, coordinator) -> BenchmarkRound:
    now = timezone.now()
    benchmark_round, _ = BenchmarkRound.objects.update_or_create(
        slug=slug,
        defaults={
            "name": name,
            "space": space,
            "description": description,
            "period_start": start,
            "period_end": end,
            "status": status,
            "created_by": coordinator,
            "closed_at": now - datetime.timedelta(days=60) if status != BenchmarkRound.Status.OPEN else None,
            "published_at": now - datetime.timedelta(days=30) if status == BenchmarkRound.Status.PUBLISHED else None,
        },
    )
    benchmark_round.indicators.set(indicators)
    return benchmark_round


def _fill(benchmark_round, organisations, indicators, *, delivered_share: float, seed: str, contacts) -> int:
    """Invite every organisation and give the delivering ones a value for each indicator."""
    spreads = {row[0]: row[10] for row in INDICATORS}
    ranges = {row[0]: (row[4], row[5], row[3]) for row in INDICATORS}
    now = timezone.now()
    count = 0
    for organisation in organisations:
        rng = random.Random(f"{seed}:{organisation.slug}")
        delivers = organisation.slug == MANAGER_ORGANISATION or rng.random() < delivered_share
        participation, _ = RoundParticipation.objects.update_or_create(
            round=benchmark_round,
            organisation=organisation,
            defaults={
                "delivered_at": now - datetime.timedelta(days=rng.randint(35, 90)) if delivers else None,
                "values_open": rng.random() < 0.3,
                "open_to_contact": rng.random() < 0.6,
                "invited_by": benchmark_round.created_by,
            },
        )
        if not delivers:
            continue
        contact = contacts.get(organisation.pk)
        for slug, indicator in indicators.items():
            mean, spread = spreads[slug]
            low, high, unit = ranges[slug]
            value = _value(rng, mean, spread, low, high, unit)
            if organisation.slug == MANAGER_ORGANISATION and slug in MANAGER_VALUES:
                value = MANAGER_VALUES[slug]
            _stored, created = BenchmarkValue.objects.update_or_create(
                participation=participation, indicator=indicator, defaults={"value": value, "updated_by": contact}
            )
            if created:
                BenchmarkValueChange.objects.create(
                    participation=participation,
                    indicator=indicator,
                    old_value=None,
                    new_value=value,
                    source=BenchmarkValueChange.Source.IMPORT,
                    changed_by=contact,
                )
            count += 1
    return count


@transaction.atomic
def load() -> dict:
    space = Space.objects.filter(slug=ROUND_GROUP).first()
    if space is None:
        return {"benchmark_rounds": 0}
    editor = User.objects.filter(email="redactie@leerplatform.example").first()
    coordinator = User.objects.filter(email="marieke.smit@leerplatform.example").first() or space.created_by
    indicators = _indicators(editor)
    contacts: dict[int, User] = {}
    for email in ("manager@leerplatform.example", "secretaris@leerplatform.example"):
        user = User.objects.filter(email=email).select_related("profile").first()
        if user is not None and user.profile.organisation_id:
            BenchmarkContact.objects.get_or_create(
                organisation_id=user.profile.organisation_id, user=user, defaults={"named_by": coordinator}
            )
            contacts[user.profile.organisation_id] = user
    organisations = list(Organisation.objects.filter(is_member=True).order_by("slug"))
    today = datetime.date.today()
    last_year = today.year - 1
    published = _round(
        f"dienstverlening-{last_year}",
        f"Dienstverlening {last_year}",
        space,
        start=datetime.date(last_year, 1, 1),
        end=datetime.date(last_year, 12, 31),
        status=BenchmarkRound.Status.PUBLISHED,
        description="De jaarlijkse meting van dienstverlening en bedrijfsvoering van de deelnemende organisaties.",
        indicators=list(indicators.values()),
        coordinator=coordinator,
    )
    current = _round(
        f"dienstverlening-{today.year}",
        f"Dienstverlening {today.year}",
        space,
        start=datetime.date(today.year, 1, 1),
        end=datetime.date(today.year, 12, 31),
        status=BenchmarkRound.Status.OPEN,
        description="De meting van dit jaar: vul de waarden in of lever een spreadsheet aan tot de ronde sluit.",
        indicators=list(indicators.values()),
        coordinator=coordinator,
    )
    values = _fill(published, organisations, indicators, delivered_share=0.9, seed="published", contacts=contacts)
    values += _fill(current, organisations, indicators, delivered_share=0.4, seed="open", contacts=contacts)
    Spearhead.objects.filter(working_group__space=space, number=6).update(participation_round=current)
    return {"indicators": len(indicators), "benchmark_rounds": 2, "benchmark_values": values}
