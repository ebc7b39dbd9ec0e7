"""Demo content of resultancy, made through the real actions (idempotent: keyed by issue title).

The two teams of the seed ("samenwerking in Europa", "klantgerichtheid") and a
few open strategic issues with endorsements. People are the fictional demo
people of peergroups (at @leerplatform.example) plus two new ones; the
organisations are real RBB members named in the seed.
"""

from __future__ import annotations

import datetime as dt

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from peergroups.core.roles import ROLE_EDITORS, ROLE_NETWORK_COORDINATORS
from peergroups.core.taxonomy import Function
from peergroups.models import MemberProfile, Organisation, Theme, User

from . import actions
from .models import Deliverable, Pledge, StrategicIssue, TeamStatus

#: The demo person who triages strategic issues and forms teams.
NETWORK_COORDINATOR = "coordinator@leerplatform.example"
TEAM_LEAD = "teamleider@leerplatform.example"

#: New fictional people (e-mail, first, last, function, organisation slug).
EXTRA_PEOPLE = [
    ("europa.svb@leerplatform.example", "Samir", "Verbeek", Function.BELEIDSADVISEUR, "svb"),
    ("klant.rdw@leerplatform.example", "Roos", "de Wit", Function.AFDELINGSHOOFD, "rdw"),
]

EUROPA = "Samenwerking in Europa"
KLANT = "Klantgerichtheid"


def _person(email: str):
    return User.objects.filter(email=email).first()


def _ensure_people() -> None:
    from peergroups.demo.loader import DEMO_PASSWORD

    for email, first, last, function, org_slug in EXTRA_PEOPLE:
        user = _person(email) or User.objects.create_user(email=email, password=DEMO_PASSWORD)
        user.first_name, user.last_name = first, last
        user.save()
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        profile, _created = MemberProfile.objects.get_or_create(user=user)
        profile.status = MemberProfile.Status.MEMBER
        profile.organisation = Organisation.objects.filter(slug=org_slug).first()
        profile.function = function
        profile.save()
    coordinator = _person(NETWORK_COORDINATOR)
    if coordinator is not None:
        coordinator.groups.add(Group.objects.get_or_create(name=ROLE_NETWORK_COORDINATORS)[0])
    expertise = {
        "manager@leerplatform.example": ["klantcontact", "Europese regelgeving", "privacyrecht"],
        "secretaris@leerplatform.example": ["dienstverlening", "privacyrecht"],
        "lid@leerplatform.example": ["geo-informatie", "Europese samenwerking"],
        "europa.svb@leerplatform.example": ["grensoverschrijdende uitkeringen", "Europese regelgeving"],
        "klant.rdw@leerplatform.example": ["klanttevredenheidsonderzoek", "klantcontact"],
        TEAM_LEAD: ["projectleiding", "Europese samenwerking"],
    }
    for email, tags in expertise.items():
        user = _person(email)
        if user is not None:
            user.profile.expertise.set(tags)


def _themes(*slugs):
    return list(Theme.objects.filter(slug__in=slugs))


def _endorse(issue, emails) -> None:
    for email in emails:
        user = _person(email)
        if user is not None and user.pk != issue.submitted_by_id and not issue.endorsements.filter(user=user).exists():
            actions.do_endorse(user, issue)


def _issue(title, submitter, problem, why, themes, organisations, endorsers):
    issue = StrategicIssue.objects.filter(title=title).first()
    if issue is None:
        issue = actions.do_submit_issue(
            _person(submitter),
            title=title,
            problem=problem,
            why_it_matters=why,
            themes=themes,
            organisations=list(Organisation.objects.filter(slug__in=organisations)),
        )
    _endorse(issue, endorsers)
    return issue


def _lead(team):
    return team.space.memberships.filter(role="coordinator").first().user


def _europa(coordinator) -> None:
    issue = _issue(
        EUROPA,
        "manager@leerplatform.example",
        "Steeds meer burgers wonen, werken of ontvangen een uitkering over de grens. Uitvoeringsorganisaties "
        "wisselen daarvoor gegevens uit met zusterorganisaties in andere lidstaten, maar ieder doet dat op "
        "eigen wijze en leert weinig van de ander.",
        "Europese regels raken UWV, SVB, Belastingdienst en Kadaster tegelijk. Door kennis en menskracht te "
        "bundelen hoeft niet iedere organisatie zelf het wiel uit te vinden.",
        _themes("netwerksamenwerking", "externe-kennisdeling"),
        ["uwv", "svb", "belastingdienst", "kadaster"],
        ["europa.svb@leerplatform.example", "lid@leerplatform.example", TEAM_LEAD, "moderator@leerplatform.example"],
    )
    if issue.status in (StrategicIssue.Status.OPEN, StrategicIssue.Status.READY):
        actions.do_form_team(
            coordinator,
            issue,
            name=EUROPA,
            goal="Een gezamenlijke oplossingsrichting voor de gegevensuitwisseling met Europese zusterorganisaties: "
            "één aanspreekpunt per land, gedeelde afspraken en een netwerk van Europa-specialisten.",
            lead=_person(TEAM_LEAD),
            planned_end=timezone.localdate() + dt.timedelta(days=300),
            requested_hours=80,
            visibility="open",
            wanted_expertise=["Europese regelgeving", "grensoverschrijdende uitkeringen", "privacyrecht"],
        )
    team = issue.team
    lead = _lead(team)
    if team.status == TeamStatus.PROPOSED:
        actions.do_change_team_status(lead, team, TeamStatus.FORMING)
    for email, role, expertise, hours in [
        ("manager@leerplatform.example", "Inbreng vanuit de uitvoering", "Europese regelgeving, klantcontact", 16),
        (
            "europa.svb@leerplatform.example",
            "Specialist export van uitkeringen",
            "grensoverschrijdende uitkeringen",
            20,
        ),
        ("lid@leerplatform.example", "Gegevensuitwisseling en registers", "geo-informatie", 12),
    ]:
        if not Pledge.objects.filter(team=team, user__email=email).exists():
            pledge = actions.do_pledge(
                _person(email),
                team,
                role=role,
                expertise=expertise,
                hours_per_month=hours,
                starts_on=timezone.localdate().replace(day=1),
                ends_on=timezone.localdate() + dt.timedelta(days=270),
            )
            actions.do_decide_pledge(lead, pledge, accept=True)
    moderator = _person("moderator@leerplatform.example")
    if moderator is not None and not Pledge.objects.filter(team=team, user=moderator).exists():
        actions.do_pledge(
            moderator,
            team,
            role="Kwaliteitstoets",
            expertise="kwaliteitszorg",
            hours_per_month=6,
            starts_on=timezone.localdate(),
            ends_on=timezone.localdate() + dt.timedelta(days=180),
        )
    if team.status == TeamStatus.FORMING:
        actions.do_change_team_status(lead, team, TeamStatus.ACTIVE)
    if not team.milestones.exists():
        today = timezone.localdate()
        first = actions.do_add_milestone(
            lead, team, title="Inventarisatie per organisatie", due_on=today - dt.timedelta(days=20)
        )
        actions.do_set_milestone_done(lead, first, done=True)
        actions.do_add_milestone(
            lead, team, title="Werkbezoek bij de SVB over export van uitkeringen", due_on=today + dt.timedelta(days=45)
        )
        actions.do_add_milestone(
            lead,
            team,
            title="Oplossingsrichting ter bespreking in het RBB-netwerk",
            due_on=today + dt.timedelta(days=200),
        )


def _klant(coordinator) -> None:
    issue = _issue(
        KLANT,
        "klant.rdw@leerplatform.example",
        "Uitvoeringsorganisaties meten klanttevredenheid ieder op hun eigen manier. Daardoor is moeilijk te zien "
        "wie het goed doet en wat anderen daarvan kunnen leren.",
        "Klantgerichtheid is een pijler van goed bestuur. Een gedeelde aanpak met vergelijkbare metingen maakt "
        "benchmarken mogelijk en laat organisaties van elkaars verbeteringen leren.",
        _themes("klantorientatie"),
        ["rdw", "uwv", "belastingdienst", "svb"],
        [
            "manager@leerplatform.example",
            TEAM_LEAD,
            "lid@leerplatform.example",
            "europa.svb@leerplatform.example",
            "redactie@leerplatform.example",
        ],
    )
    if issue.status in (StrategicIssue.Status.OPEN, StrategicIssue.Status.READY):
        actions.do_form_team(
            coordinator,
            issue,
            name=KLANT,
            goal="Een instrument om klanttevredenheid op vergelijkbare wijze te meten, met een kwaliteitshandvest "
            "en servicenormen die elke deelnemende organisatie kan overnemen.",
            lead=_person("klant.rdw@leerplatform.example"),
            planned_end=timezone.localdate() + dt.timedelta(days=30),
            requested_hours=40,
            visibility="open",
            wanted_expertise=["klanttevredenheidsonderzoek"],
        )
    team = issue.team
    lead = _lead(team)
    if team.status == TeamStatus.PROPOSED:
        actions.do_change_team_status(lead, team, TeamStatus.FORMING)
    for email, role, expertise, hours in [
        ("manager@leerplatform.example", "Klantcontact en servicenormen", "klantcontact", 12),
        (TEAM_LEAD, "Meetmethode", "klanttevredenheidsonderzoek", 10),
    ]:
        if not Pledge.objects.filter(team=team, user__email=email).exists():
            pledge = actions.do_pledge(
                _person(email),
                team,
                role=role,
                expertise=expertise,
                hours_per_month=hours,
                starts_on=timezone.localdate() - dt.timedelta(days=200),
                ends_on=timezone.localdate() + dt.timedelta(days=30),
            )
            actions.do_decide_pledge(lead, pledge, accept=True)
    if team.status == TeamStatus.FORMING:
        actions.do_change_team_status(lead, team, TeamStatus.ACTIVE)
    if not team.milestones.exists():
        today = timezone.localdate()
        for title, days in [
            ("Vergelijking van bestaande metingen", -150),
            ("Instrument getest bij drie organisaties", -40),
        ]:
            milestone = actions.do_add_milestone(lead, team, title=title, due_on=today + dt.timedelta(days=days))
            actions.do_set_milestone_done(lead, milestone, done=True)
    deliverable = team.deliverables.first()
    if deliverable is None:
        deliverable = actions.do_record_deliverable(
            lead,
            team,
            title="Gedeelde klanttevredenheidsmeting voor uitvoeringsorganisaties",
            summary="Een meetinstrument met tien vaste vragen, een streefcijfer van een 7 en afspraken over "
            "publicatie, zodat organisaties hun uitkomsten kunnen vergelijken.",
            body="Het team vergeleek de klanttevredenheidsonderzoeken van de deelnemende organisaties en koos tien "
            "vragen die iedereen kan stellen.\n\nElke organisatie meet jaarlijks, publiceert de uitkomst en "
            "bespreekt verbeteringen in het RBB-netwerk. Het streefcijfer is een 7.\n\nHet instrument sluit aan "
            "bij het kwaliteitshandvest met concrete servicenormen.",
            kind=Deliverable.Kind.INSTRUMENT,
        )
    if deliverable.status == Deliverable.Status.DRAFT:
        actions.do_send_deliverable(lead, deliverable)
        deliverable.refresh_from_db()
    page = deliverable.knowledge_page
    if page is not None and not page.live:
        page = page.specific
        editor = User.objects.filter(groups__name=ROLE_EDITORS).order_by("pk").first()
        page.organisation_name = "RBB-groep"
        page.organisation_type = "samenwerkingsverband"
        page.government_layer = "nationaal"
        page.save_revision(user=editor, clean=False).publish()
    team.refresh_from_db()
    if team.status == TeamStatus.ACTIVE:
        actions.do_change_team_status(lead, team, TeamStatus.DELIVERED)


def _open_issues() -> None:
    _issue(
        "Kennisbehoud bij de uitstroom van ervaren medewerkers",
        "lid@leerplatform.example",
        "De komende jaren gaat een groot deel van de ervaren medewerkers met pensioen. Hun kennis van "
        "regelingen en systemen is vaak nergens vastgelegd.",
        "Alle uitvoeringsorganisaties hebben hiermee te maken; samen kunnen we methoden voor kennisoverdracht "
        "ontwikkelen en delen.",
        _themes("werkgeverschap", "intern-leervermogen"),
        ["kadaster", "uwv", "svb", "belastingdienst", "rdw"],
        [
            "manager@leerplatform.example",
            TEAM_LEAD,
            "europa.svb@leerplatform.example",
            "klant.rdw@leerplatform.example",
            "redactie2@leerplatform.example",
        ],
    )
    _issue(
        "Benchmarken van doorlooptijden bij bezwaar en beroep",
        TEAM_LEAD,
        "Doorlooptijden van bezwaarprocedures verschillen sterk per organisatie, maar ze worden niet op dezelfde "
        "manier gemeten.",
        "Een gedeelde definitie maakt vergelijken mogelijk en laat zien welke werkwijzen tot snellere "
        "beslissingen leiden.",
        _themes("lerend-vermogen"),
        ["belastingdienst", "uwv"],
        ["manager@leerplatform.example", "lid@leerplatform.example"],
    )
    _issue(
        "Integriteit bij plaats- en tijdonafhankelijk werken",
        "europa.svb@leerplatform.example",
        "Met thuiswerken veranderen de risico's rond vertrouwelijke gegevens en nevenwerkzaamheden. "
        "Bestaande dilemmatrainingen gaan daar nog weinig op in.",
        "Integriteit is een gedeelde zorg; een gezamenlijke aanpak voorkomt dat iedere organisatie apart "
        "nieuw materiaal ontwikkelt.",
        _themes("transparantie-en-integriteit"),
        ["svb"],
        ["moderator@leerplatform.example"],
    )


def load() -> dict:
    with transaction.atomic():
        _ensure_people()
    coordinator = _person(NETWORK_COORDINATOR)
    with transaction.atomic():
        _europa(coordinator)
    with transaction.atomic():
        _klant(coordinator)
    with transaction.atomic():
        _open_issues()
    return {"issues": StrategicIssue.objects.count()}
