"""Demo content of the peer network's groups: VGS working groups, RBB peer groups.

Idempotent (found by slug, title or number and updated). Facts come from the
seeds: the four working groups and their spearheads of 2009 (seed 001, with
the 75% target of the Huis van benchmarks), the RBB organisations and their
learning questions (seed 000). All people are fictional, with addresses at
the reserved ``.example`` domain; the progress figures are demo values.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from peergroups.core.taxonomy import Function, ThemeKind
from peergroups.demo.data import DEMO_PASSWORD
from peergroups.models import (
    Activity,
    Document,
    JoinRequest,
    LearningQuestion,
    Meeting,
    MemberProfile,
    Membership,
    Notification,
    Organisation,
    PeerGroup,
    RegionalActivity,
    Role,
    Space,
    SpaceKind,
    Spearhead,
    SpearheadUpdate,
    Theme,
    User,
    Visibility,
    WaitingListEntry,
    WorkingGroup,
)
from peergroups.models.groups import WORKING_GROUP_MINIMUM
from peergroups.spaces.actions import record_activity

#: (e-mail, first name, last name, function, organisation slug) — fictional people.
GROUP_PEOPLE = [
    ("henk.mulder@leerplatform.example", "Henk", "Mulder", Function.GEMEENTESECRETARIS, "gemeente-den-haag"),
    ("ilse.deboer@leerplatform.example", "Ilse", "de Boer", Function.GEMEENTESECRETARIS, "gemeente-zaanstad"),
    ("joris.vandam@leerplatform.example", "Joris", "van Dam", Function.GEMEENTESECRETARIS, "gemeente-leeuwarden"),
    ("marieke.smit@leerplatform.example", "Marieke", "Smit", Function.GEMEENTESECRETARIS, "gemeente-tynaarlo"),
    ("pieter.hendriks@leerplatform.example", "Pieter", "Hendriks", Function.GEMEENTESECRETARIS, "gemeente-boxtel"),
    ("fleur.jansen@leerplatform.example", "Fleur", "Jansen", Function.GEMEENTESECRETARIS, "gemeente-amsterdam"),
    ("ruud.visser@leerplatform.example", "Ruud", "Visser", Function.GEMEENTESECRETARIS, "gemeente-leiden"),
    ("nora.peters@leerplatform.example", "Nora", "Peters", Function.GEMEENTESECRETARIS, "gemeente-nieuwegein"),
    ("thomas.koster@leerplatform.example", "Thomas", "Koster", Function.GEMEENTESECRETARIS, "gemeente-berkelland"),
    ("eline.bos@leerplatform.example", "Eline", "Bos", Function.PROGRAMMAMANAGER, "gemeente-leiden"),
    ("gerrit.kramer@leerplatform.example", "Gerrit", "Kramer", Function.GEMEENTESECRETARIS, "gemeente-dalfsen"),
    ("sofie.kuipers@leerplatform.example", "Sofie", "Kuipers", Function.AFDELINGSHOOFD, "gemeente-nieuwegein"),
    ("wouter.brouwer@leerplatform.example", "Wouter", "Brouwer", Function.GEMEENTESECRETARIS, "gemeente-den-haag"),
    ("lisa.hoekstra@leerplatform.example", "Lisa", "Hoekstra", Function.DIRECTEUR, "gemeente-zaanstad"),
    (
        "anouk.vanleeuwen@leerplatform.example",
        "Anouk",
        "van Leeuwen",
        Function.GEMEENTESECRETARIS,
        "gemeente-amsterdam",
    ),
    (
        "annelies.verhoef@leerplatform.example",
        "Annelies",
        "Verhoef",
        Function.GEMEENTESECRETARIS,
        "gemeente-utrechtse-heuvelrug",
    ),
    ("frank.vanrijn@leerplatform.example", "Frank", "van Rijn", Function.BESTUURDER, "gemeente-leiden"),
    ("karin.dijkstra@leerplatform.example", "Karin", "Dijkstra", Function.DIRECTEUR, "abp"),
    ("ahmed.yilmaz@leerplatform.example", "Ahmed", "Yilmaz", Function.PROGRAMMAMANAGER, "rdw"),
    ("marloes.veenstra@leerplatform.example", "Marloes", "Veenstra", Function.DIRECTEUR, "cjib"),
]

GROUP_THEMES = [
    ("dienstverlening", "Dienstverlening"),
    ("benchmarking-en-kwaliteit", "Benchmarking en kwaliteit van de overheid"),
    ("ict-en-standaardisering", "ICT en standaardisering"),
    ("bedrijfsvoering", "Bedrijfsvoering"),
]

PORTFOLIO_HOLDER = "frank.vanrijn@leerplatform.example"


#: The seed's work plan is of 2009; the demo moves it to the year it is loaded in, so it never looks stale.
PLAN_YEAR = datetime.date.today().year


def _d(month, day) -> datetime.date:
    return datetime.date(PLAN_YEAR, month, day)


#: The four working groups of the VGS committee "Dienstverlening en bedrijfsvoering" (seed 001).
WORKING_GROUPS = [
    {
        "slug": "werkgroep-dienstverlening",
        "name": "Dienstverlening",
        "theme": "dienstverlening",
        "capacity": 8,
        "description": (
            "De werkgroep volgt de landelijke ontwikkelingen in de gemeentelijke dienstverlening en brengt de "
            "stem van gemeentesecretarissen in: servicenormen, klantcontactcentra en het project Antwoord, en "
            "de Dienstenrichtlijn. Doel: de gemeente als hét loket van de overheid."
        ),
        "coordinator": "coordinator@leerplatform.example",
        "members": ["henk.mulder@leerplatform.example", "ilse.deboer@leerplatform.example"],
        "spearheads": [
            {
                "number": 10,
                "title": "Ontwikkeling servicenormen",
                "description": (
                    "Via de VNG-commissie Gemeentelijke Dienstverlening een bijdrage leveren aan servicenormen."
                ),
                "target": "Voorstel voor servicenormen ingebracht in de VNG-commissie Gemeentelijke Dienstverlening",
                "deadline": _d(12, 31),
                "status": Spearhead.Status.ACHIEVED,
                "owner": "coordinator@leerplatform.example",
                "updates": [
                    (_d(3, 15), None, 40, "Eerste concept van de servicenormen besproken in de werkgroep."),
                    (_d(9, 1), None, 100, "Voorstel ingebracht in de VNG-commissie."),
                ],
            },
            {
                "number": 11,
                "title": "Ontwikkeling klantcontactcentra en Antwoord",
                "description": "Ontwikkelingen volgen, doelstellingen in kaart brengen en waar nodig actie ondernemen.",
                "target": "Doelstellingen van Antwoord in kaart gebracht en gedeeld met alle leden",
                "deadline": _d(10, 1),
                "status": Spearhead.Status.IN_PROGRESS,
                "owner": "henk.mulder@leerplatform.example",
                "updates": [(_d(6, 1), None, 60, "Overzicht van de doelstellingen bijna klaar.")],
            },
            {
                "number": 12,
                "title": "Oriëntatie op Dienstenrichtlijn en Antwoord voor bedrijven",
                "description": "De werkgroep beraadt zich op haar positie en rol in dit NUP-project.",
                "target": "Positie en rol van de werkgroep vastgesteld",
                "deadline": _d(12, 31),
                "status": Spearhead.Status.PLANNED,
                "owner": "ilse.deboer@leerplatform.example",
                "updates": [],
            },
        ],
    },
    {
        "slug": "werkgroep-benchmarking-en-kwaliteit",
        "name": "Benchmarking en kwaliteit van de overheid",
        "theme": "benchmarking-en-kwaliteit",
        "capacity": 8,
        "description": (
            "De werkgroep bouwt mee aan het Huis van benchmarks en waarstaatjegemeente.nl en moedigt gemeenten "
            "aan om mee te doen. Er is een personele unie met het Huisberaad van de VNG."
        ),
        "coordinator": "marieke.smit@leerplatform.example",
        "members": [
            "secretaris@leerplatform.example",
            "pieter.hendriks@leerplatform.example",
            "fleur.jansen@leerplatform.example",
            "ruud.visser@leerplatform.example",
            "nora.peters@leerplatform.example",
        ],
        "spearheads": [
            {
                "number": 5,
                "title": "Ontwikkeling van het Huis van benchmarks",
                "description": "Inbreng via het Huisberaad.",
                "target": "Inbreng van de werkgroep verwerkt in het Huis van benchmarks",
                "deadline": _d(7, 1),
                "status": Spearhead.Status.ACHIEVED,
                "owner": "marieke.smit@leerplatform.example",
                "updates": [(_d(6, 20), None, 100, "Inbreng verwerkt na overleg in het Huisberaad.")],
            },
            {
                "number": 6,
                "title": "Invoering van het Huis van benchmarks bevorderen",
                "description": "Samen met de VNG gemeenten overtuigen om deel te nemen.",
                "target": f"75% deelname per 31 december {PLAN_YEAR}",
                "target_value": Decimal("75"),
                "unit": "%",
                "deadline": _d(12, 31),
                "status": Spearhead.Status.IN_PROGRESS,
                "owner": "secretaris@leerplatform.example",
                "updates": [
                    (_d(4, 1), Decimal("38"), None, "Eerste regiobijeenkomsten gehouden."),
                    (_d(9, 1), Decimal("57"), None, "Deelname gestegen na mailing aan alle secretarissen."),
                ],
            },
        ],
    },
    {
        "slug": "werkgroep-ict-en-standaardisering",
        "name": "ICT en standaardisering",
        "theme": "ict-en-standaardisering",
        "capacity": 8,
        "description": (
            "De werkgroep maakt het Nationaal Uitvoeringsprogramma (NUP) haalbaar en hanteerbaar voor "
            "gemeenten, met de modernisering van de GBA als belangrijk aandachtspunt, en bevordert de invoering."
        ),
        "coordinator": "thomas.koster@leerplatform.example",
        "members": ["eline.bos@leerplatform.example"],
        "spearheads": [
            {
                "number": 3,
                "title": "NUP haalbaar en hanteerbaar maken voor gemeenten",
                "description": "Vroegtijdige inbreng en contacten met sleutelfiguren; aandacht voor modernisering GBA.",
                "target": "Knelpunten voor gemeenten ingebracht bij de quick-scan van het NUP",
                "deadline": _d(6, 30),
                "status": Spearhead.Status.ACHIEVED,
                "owner": "thomas.koster@leerplatform.example",
                "updates": [(_d(5, 12), None, 100, "Knelpunten ingebracht bij Egem.")],
            },
            {
                "number": 4,
                "title": "Invoering van het NUP bij gemeenten bevorderen",
                "description": "Gemeenten verleiden tot invoering van het NUP.",
                "target": "Alle leden geïnformeerd over de invoering van het NUP",
                "deadline": _d(12, 31),
                "status": Spearhead.Status.IN_PROGRESS,
                "owner": "eline.bos@leerplatform.example",
                "updates": [(_d(10, 1), None, 45, "Handreiking voor gemeenten in voorbereiding.")],
            },
        ],
    },
    {
        "slug": "werkgroep-bedrijfsvoering",
        "name": "Bedrijfsvoering",
        "theme": "bedrijfsvoering",
        "capacity": 6,
        "description": (
            "De werkgroep oriënteert zich op bestuurskracht, intergemeentelijke samenwerking en "
            "risicomanagement, pakt samen met de Vereniging van Griffiers de controletoren aan en werkt aan een "
            "publicatie over de balans tussen bestuurlijke ambities en ambtelijke capaciteit."
        ),
        "coordinator": "gerrit.kramer@leerplatform.example",
        "members": [
            "sofie.kuipers@leerplatform.example",
            "wouter.brouwer@leerplatform.example",
            "lisa.hoekstra@leerplatform.example",
            "anouk.vanleeuwen@leerplatform.example",
            "annelies.verhoef@leerplatform.example",
        ],
        "waiting": ["joris.vandam@leerplatform.example"],
        "spearheads": [
            {
                "number": 7,
                "title": "Oriëntatie op bestuurskracht, intergemeentelijke samenwerking en risicomanagement",
                "description": "Op basis van de oriëntatie strategische allianties aangaan en doelen formuleren.",
                "target": "Strategische allianties aangegaan en doelen geformuleerd",
                "deadline": _d(12, 31),
                "status": Spearhead.Status.IN_PROGRESS,
                "owner": "gerrit.kramer@leerplatform.example",
                "updates": [(_d(5, 1), None, 30, "Oriënterende gesprekken gevoerd.")],
            },
            {
                "number": 8,
                "title": "Aanpak van de controletoren",
                "description": "Samen met de Vereniging van Griffiers de inzet van instrumenten stroomlijnen.",
                "target": "Inzet van controle-instrumenten gestroomlijnd; minder belasting voor de organisatie",
                "deadline": _d(12, 31),
                "status": Spearhead.Status.DELAYED,
                "owner": "wouter.brouwer@leerplatform.example",
                "updates": [(_d(8, 15), None, 20, "Afspraak met de Vereniging van Griffiers verschoven.")],
            },
            {
                "number": 9,
                "title": "Publicatie over de balans tussen bestuurlijke ambities en ambtelijke capaciteit",
                "description": "Samen met het A+O-fonds en Berenschot een publicatie met goede voorbeelden.",
                "target": "Publicatie met goede voorbeelden verschenen",
                "deadline": _d(11, 1),
                "status": Spearhead.Status.ACHIEVED,
                "owner": "sofie.kuipers@leerplatform.example",
                "updates": [(_d(10, 20), None, 100, "Publicatie verschenen.")],
            },
        ],
    },
]

#: RBB peer groups (seed 000): organisations with comparable primary processes.
PEER_GROUPS = [
    {
        "slug": "peergroep-uitkeringsverstrekkers",
        "name": "Uitkeringsverstrekkers",
        "visibility": Visibility.CLOSED,
        "content_public": False,
        "description": (
            "Uitvoeringsorganisaties die uitkeringen en pensioenen toekennen en betalen leren van elkaar over "
            "klantgericht werken, proactief toekennen en samenwerking in de keten van werk en inkomen."
        ),
        "themes": ["klantorientatie", "netwerksamenwerking"],
        "organisations": ["uwv", "svb", "abp", "cwi", "sozawe-rotterdam"],
        "questions": ["uwv", "svb", "abp", "sozawe-rotterdam"],
        "coordinator": "manager@leerplatform.example",
        "members": ["moderator@leerplatform.example", "karin.dijkstra@leerplatform.example"],
    },
    {
        "slug": "peergroep-registratie-organisaties",
        "name": "Registratie-organisaties",
        "visibility": Visibility.OPEN,
        "content_public": True,
        "description": (
            "Organisaties die een register of basisregistratie bijhouden vergelijken hoe zij de kwaliteit en "
            "actualiteit van hun gegevens meten en verbeteren."
        ),
        "themes": ["lerend-vermogen", "netwerksamenwerking"],
        "organisations": ["kadaster", "rdw", "kvk-utrecht", "cbs"],
        "questions": ["kadaster", "kvk-utrecht"],
        "coordinator": "lid@leerplatform.example",
        "members": ["ahmed.yilmaz@leerplatform.example"],
    },
    {
        "slug": "peergroep-innen-en-handhaven",
        "name": "Innen en handhaven",
        "visibility": Visibility.CLOSED,
        "content_public": False,
        "description": (
            "Organisaties die belastingen, boetes en bijdragen innen zoeken samen de balans tussen "
            "dienstverlening en handhaving, en tussen niet-willers en niet-kunners."
        ),
        "themes": ["klantorientatie", "transparantie-en-integriteit"],
        "organisations": ["belastingdienst", "cjib", "lbio"],
        "questions": ["belastingdienst", "cjib", "lbio"],
        "coordinator": "teamleider@leerplatform.example",
        "members": ["marloes.veenstra@leerplatform.example"],
    },
    {
        "slug": "intervisie-directeuren-uitvoering",
        "name": "Intervisie directeuren uitvoering",
        "visibility": Visibility.SECRET,
        "content_public": False,
        "description": (
            "Een besloten intervisiegroep van directeuren van uitvoeringsorganisaties. Deelname alleen op "
            "uitnodiging; wat hier besproken wordt, blijft hier."
        ),
        "themes": ["leiderschap"],
        "organisations": [],
        "questions": [],
        "coordinator": "manager@leerplatform.example",
        "members": ["teamleider@leerplatform.example", "marloes.veenstra@leerplatform.example"],
    },
]

DOCUMENT_TEXT = f"""Werkplan {PLAN_YEAR} werkgroep Dienstverlening (samenvatting)

Speerpunten uit het werkprogramma van de VGS-commissie Dienstverlening en bedrijfsvoering:

10. Ontwikkeling servicenormen: bijdrage via de VNG-commissie Gemeentelijke Dienstverlening.
11. Ontwikkeling klantcontactcentra en Antwoord: ontwikkelingen volgen, doelstellingen in kaart brengen.
12. Oriëntatie op Dienstenrichtlijn en Antwoord voor bedrijven: positie en rol bepalen.

De werkgroep werft permanent nieuwe leden onder gemeentesecretarissen.
"""


def _people() -> dict[str, User]:
    people = {}
    organisations = {o.slug: o for o in Organisation.objects.all()}
    for email, first, last, function, org_slug in GROUP_PEOPLE:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email=email, password=DEMO_PASSWORD)
        user.first_name, user.last_name = first, last
        user.save(update_fields=["first_name", "last_name"])
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        profile, _ = MemberProfile.objects.get_or_create(user=user)
        organisation = organisations.get(org_slug)
        profile.status = MemberProfile.Status.MEMBER
        profile.organisation = organisation
        profile.function = function
        profile.province = organisation.province if organisation else ""
        profile.save()
    for user in User.objects.filter(email__endswith="@leerplatform.example"):
        people[user.email] = user
    return people


def _space(slug, *, kind, name, coordinator, description, visibility, capacity=None, content_public=False, themes=()):
    space = Space.objects.filter(slug=slug).first()
    if space is None:
        space = Space.objects.create(slug=slug, kind=kind, name=name, created_by=coordinator)
        record_activity(space, coordinator, Activity.Verb.CREATED)
    space.name, space.description, space.visibility = name, description, visibility
    space.capacity, space.content_public = capacity, content_public
    space.save()
    space.themes.set(themes)
    Membership.objects.update_or_create(space=space, user=coordinator, defaults={"role": Role.COORDINATOR})
    return space


def _member(space, user, role=Role.MEMBER):
    membership, created = Membership.objects.get_or_create(space=space, user=user, defaults={"role": role})
    if created:
        record_activity(space, user, Activity.Verb.JOINED)
    elif membership.role != role:
        membership.role = role
        membership.save(update_fields=["role"])
    return membership


def _group_themes() -> dict[str, Theme]:
    themes = {}
    for slug, name in GROUP_THEMES:
        themes[slug], _ = Theme.objects.update_or_create(
            slug=slug, defaults={"name": name, "kind": ThemeKind.GROUP_THEME}
        )
    return themes


def _spearheads(working_group, data, people):
    for item in data:
        spearhead, created = Spearhead.objects.update_or_create(
            working_group=working_group,
            number=item["number"],
            defaults={
                "title": item["title"],
                "description": item["description"],
                "target": item["target"],
                "target_value": item.get("target_value"),
                "unit": item.get("unit", ""),
                "deadline": item["deadline"],
                "status": item["status"],
                "owner": people.get(item["owner"]),
            },
        )
        if created:
            record_activity(
                working_group.space,
                people.get(item["owner"]),
                Activity.Verb.SPEARHEAD_ADDED,
                target_type="spearhead",
                target_id=spearhead.pk,
                title=str(spearhead),
                number=spearhead.number,
            )
        updates = item["updates"]
        for position, (planned_on, value, percent, note) in enumerate(updates):
            # Early in the year the seed's later reports would lie ahead: they are dated in the past days.
            reported_on = min(planned_on, timezone.localdate() - datetime.timedelta(days=len(updates) - position))
            SpearheadUpdate.objects.update_or_create(
                spearhead=spearhead,
                reported_on=reported_on,
                defaults={"value": value, "percent_complete": percent, "note": note, "author": spearhead.owner},
            )


def _meeting(space, title, *, days, hours=14, location="", online_url="", agenda="", minutes="", by=None):
    starts_at = (timezone.localtime() + datetime.timedelta(days=days)).replace(
        hour=hours, minute=0, second=0, microsecond=0
    )
    meeting, created = Meeting.objects.update_or_create(
        space=space,
        title=title,
        defaults={
            "starts_at": starts_at,
            "ends_at": starts_at + datetime.timedelta(hours=2),
            "location": location,
            "online_url": online_url,
            "agenda": agenda,
            "minutes": minutes,
            "created_by": by,
        },
    )
    if created:
        record_activity(
            space, by, Activity.Verb.MEETING_PLANNED, target_type="meeting", target_id=meeting.pk, title=title
        )
    return meeting


def _notify_once(recipient, kind, *, actor, space, target_type, target_id, params=None):
    """A demo notification (already counted as e-mailed, so loading the demo sends no mail)."""
    Notification.objects.get_or_create(
        recipient=recipient,
        kind=kind,
        space=space,
        target_type=target_type,
        target_id=target_id,
        defaults={"actor": actor, "params": params or {}, "emailed_at": timezone.now()},
    )


@transaction.atomic
def load_working_groups(people) -> list[Space]:
    themes = _group_themes()
    spaces = []
    for data in WORKING_GROUPS:
        coordinator = people[data["coordinator"]]
        space = _space(
            data["slug"],
            kind=SpaceKind.WORKING_GROUP,
            name=data["name"],
            coordinator=coordinator,
            description=data["description"],
            visibility=Visibility.CLOSED,
            capacity=data["capacity"],
            themes=[themes[data["theme"]]],
        )
        working_group, _ = WorkingGroup.objects.update_or_create(
            space=space,
            defaults={
                "theme": themes[data["theme"]],
                "minimum_size": WORKING_GROUP_MINIMUM,
                "portfolio_holder": people.get(PORTFOLIO_HOLDER),
                "recruiting": True,
            },
        )
        for email in data["members"]:
            _member(space, people[email])
        for email in data.get("waiting", []):
            WaitingListEntry.objects.get_or_create(
                space=space,
                user=people[email],
                status=WaitingListEntry.Status.WAITING,
                defaults={"queued_at": timezone.now() - datetime.timedelta(days=12), "motivation": ""},
            )
        _spearheads(working_group, data["spearheads"], people)
        spaces.append(space)
    return spaces


@transaction.atomic
def load_peer_groups(people) -> list[Space]:
    organisations = {o.slug: o for o in Organisation.objects.all()}
    themes = {t.slug: t for t in Theme.objects.all()}
    spaces = []
    for data in PEER_GROUPS:
        space = _space(
            data["slug"],
            kind=SpaceKind.PEER_GROUP,
            name=data["name"],
            coordinator=people[data["coordinator"]],
            description=data["description"],
            visibility=data["visibility"],
            content_public=data["content_public"],
            themes=[themes[s] for s in data["themes"] if s in themes],
        )
        peer_group, _ = PeerGroup.objects.get_or_create(space=space)
        peer_group.organisations.set([organisations[s] for s in data["organisations"] if s in organisations])
        peer_group.learning_questions.set(
            LearningQuestion.objects.filter(organisation__slug__in=data["questions"]).order_by("pk")
        )
        for email in data["members"]:
            _member(space, people[email])
        spaces.append(space)
    return spaces


def _regional_activity(space, title, *, days, hour, by, **fields) -> RegionalActivity:
    """An activity ``days`` from the day the demo is loaded (moved again on every load)."""
    starts = (timezone.localtime() + datetime.timedelta(days=days)).replace(
        hour=hour, minute=0, second=0, microsecond=0
    )
    activity, created = RegionalActivity.objects.update_or_create(
        space=space,
        title=title,
        defaults={"starts_at": starts, "ends_at": starts + datetime.timedelta(hours=2), "organiser": by, **fields},
    )
    if created:
        record_activity(
            space,
            by,
            Activity.Verb.ACTIVITY_PLANNED,
            target_type="regional_activity",
            target_id=activity.pk,
            title=activity.title,
        )
    return activity


@transaction.atomic
def load_content(people) -> None:
    service = Space.objects.get(slug="werkgroep-dienstverlening")
    benchmarking = Space.objects.get(slug="werkgroep-benchmarking-en-kwaliteit")
    benefits = Space.objects.get(slug="peergroep-uitkeringsverstrekkers")
    coordinator = people["coordinator@leerplatform.example"]
    _meeting(
        service,
        "Kennismaking en werkplan",
        days=-30,
        location="Gemeentehuis Utrechtse Heuvelrug, Doorn",
        agenda="1. Kennismaking\n2. Werkprogramma van de commissie\n3. Verdeling van de speerpunten",
        minutes="De werkgroep verdeelt de speerpunten 10 tot en met 12. Henk Mulder trekt speerpunt 11.",
        by=coordinator,
    )
    _meeting(
        service,
        "Werkgroepoverleg servicenormen",
        days=14,
        online_url="https://vergaderen.leerplatform.example/dienstverlening",
        agenda=(
            "1. Stand van zaken servicenormen\n2. Klantcontactcentra: wat vragen gemeenten?\n3. Werving nieuwe leden"
        ),
        by=coordinator,
    )
    marieke = people["marieke.smit@leerplatform.example"]
    meeting = _meeting(
        benchmarking,
        "Huis van benchmarks: stand van de deelname",
        days=21,
        location="Nunspeet",
        agenda="1. Deelname per regio\n2. Aanpak voor gemeenten die nog niet meedoen",
        by=marieke,
    )
    for email in WORKING_GROUPS[1]["members"]:
        _notify_once(
            people[email],
            "meeting_planned",
            actor=marieke,
            space=benchmarking,
            target_type="meeting",
            target_id=meeting.pk,
        )
    _meeting(
        benefits,
        "Peer review: proactief toekennen",
        days=10,
        location="SVB, Amstelveen",
        agenda="1. Ervaringen van de SVB met proactief toekennen\n2. Wat kunnen UWV en ABP overnemen?",
        by=people["manager@leerplatform.example"],
    )
    if not Document.objects.filter(space=service, original_name=f"werkplan-dienstverlening-{PLAN_YEAR}.txt").exists():
        document = Document(
            space=service,
            title=f"Werkplan {PLAN_YEAR} (samenvatting)",
            description="De speerpunten van de werkgroep in het kort.",
            original_name=f"werkplan-dienstverlening-{PLAN_YEAR}.txt",
            content_type="text/plain; charset=utf-8",
            size=len(DOCUMENT_TEXT.encode()),
            uploaded_by=coordinator,
        )
        document.file.save(document.original_name, ContentFile(DOCUMENT_TEXT.encode()), save=False)
        document.save()
        record_activity(
            service,
            coordinator,
            Activity.Verb.DOCUMENT_ADDED,
            target_type="document",
            target_id=document.pk,
            title=document.title,
        )
    _regional_activity(
        service,
        "Regiobijeenkomst klantcontactcentra Oost-Nederland",
        days=40,
        hour=15,
        description="Gemeentesecretarissen uit Overijssel en Gelderland wisselen ervaringen uit met het "
        "inrichten van een klantcontactcentrum.",
        location="Deventer",
        province="overijssel",
        capacity=20,
        by=coordinator,
    )
    # An open group's activity: in the public agenda for everyone.
    registers = Space.objects.get(slug="peergroep-registratie-organisaties")
    _regional_activity(
        registers,
        "Regiobijeenkomst datakwaliteit van registers",
        days=25,
        hour=13,
        description="Registerhouders uit de regio Utrecht laten zien hoe zij de actualiteit van hun gegevens "
        "meten, en bespreken wat de anderen daarvan kunnen overnemen.",
        location="Kamer van Koophandel, Utrecht",
        province="utrecht",
        capacity=25,
        by=people["lid@leerplatform.example"],
    )
    # One pending request to join, with the coordinator's notification about it.
    applicant = people["joris.vandam@leerplatform.example"]
    request, _ = JoinRequest.objects.get_or_create(
        space=service,
        user=applicant,
        status=JoinRequest.Status.PENDING,
        defaults={
            "motivation": "Wij richten in Leeuwarden een klantcontactcentrum in en willen graag leren van "
            "collega's. Ik breng onze ervaring met de Friese samenwerking in.",
        },
    )
    _notify_once(
        coordinator, "join_request", actor=applicant, space=service, target_type="join_request", target_id=request.pk
    )


def load() -> dict:
    people = _people()
    working_groups = load_working_groups(people)
    peer_groups = load_peer_groups(people)
    load_content(people)
    return {"working_groups": len(working_groups), "peer_groups": len(peer_groups)}
