"""Demo content of the peer network: themes, organisations, fictional people.

Idempotent: run it again and it updates what exists instead of duplicating.
Facts about organisations come from the seed documents (see demo_data.py);
every person is fictional and has an address at the reserved .example domain.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.text import slugify

from peergroups.core.taxonomy import Function
from peergroups.demo import benchmarks as demo_benchmarks
from peergroups.demo import data as demo_data
from peergroups.demo import spaces as demo_spaces
from peergroups.demo import threads as demo_threads
from peergroups.demo.data import DEMO_PASSWORD, DEMO_TOTP_SECRET
from peergroups.models import (
    LearningQuestion,
    MemberProfile,
    Organisation,
    OrganisationDomain,
    PolicyDomain,
    Theme,
    User,
)
from peergroups.policy import ROLE_EDITORS, ROLE_MODERATORS, ROLE_SITE_ADMINS

#: (e-mail, first name, last name, function, organisation slug, roles, description, status, superuser)
DEMO_PEOPLE = [
    (
        "beheer@leerplatform.example",
        "Bram",
        "Beheerder",
        Function.OVERIG,
        None,
        [ROLE_SITE_ADMINS],
        "site administrator (also Wagtail and Django admin)",
        "member",
        True,
    ),
    (
        "redactie@leerplatform.example",
        "Eva",
        "Redacteur",
        Function.BELEIDSADVISEUR,
        "rbb-groep",
        [ROLE_EDITORS],
        "editor (redactie)",
        "member",
        False,
    ),
    (
        "redactie2@leerplatform.example",
        "Ruben",
        "Eindredacteur",
        Function.BELEIDSADVISEUR,
        "rbb-groep",
        [ROLE_EDITORS],
        "second editor (reviews)",
        "member",
        False,
    ),
    (
        "moderator@leerplatform.example",
        "Mila",
        "Moderator",
        Function.KWALITEITSADVISEUR,
        "svb",
        [ROLE_MODERATORS],
        "moderator of the help portal",
        "member",
        False,
    ),
    (
        "manager@leerplatform.example",
        "Daan",
        "Directeur",
        Function.DIRECTEUR,
        "uwv",
        [],
        "manager who asks questions and dilemmas",
        "member",
        False,
    ),
    ("lid@leerplatform.example", "Lotte", "Lid", Function.BELEIDSADVISEUR, "kadaster", [], "member", "member", False),
    (
        "secretaris@leerplatform.example",
        "Sanne",
        "Secretaris",
        Function.GEMEENTESECRETARIS,
        None,
        [],
        "municipal secretary (VGS working groups)",
        "member",
        False,
    ),
    (
        "coordinator@leerplatform.example",
        "Cas",
        "Coördinator",
        Function.GEMEENTESECRETARIS,
        None,
        [],
        "coordinator of a working group",
        "member",
        False,
    ),
    (
        "teamleider@leerplatform.example",
        "Tara",
        "Teamleider",
        Function.TEAMLEIDER,
        "belastingdienst",
        [],
        "team lead of a resultancy team",
        "member",
        False,
    ),
    (
        "aanvraag@leerplatform.example",
        "Pim",
        "Aanvrager",
        Function.OVERIG,
        None,
        [],
        "pending account (can read public content only)",
        "pending",
        False,
    ),
]


def _organisation_slug_for(kind: str) -> str | None:
    """Pick a municipality for the secretary and coordinator from the demo data."""
    municipalities = [o["slug"] for o in demo_data.ORGANISATIONS if o.get("vgs_working_group")]
    if not municipalities:
        return None
    return municipalities[0] if kind == "secretaris" else municipalities[min(1, len(municipalities) - 1)]


@transaction.atomic
def load_themes():
    for theme in demo_data.THEMES:
        Theme.objects.update_or_create(
            slug=theme["slug"],
            defaults={"name": theme["name"], "kind": theme["kind"], "description": theme.get("description", "")},
        )
    return Theme.objects.count()


@transaction.atomic
def load_organisations():
    domains = {}
    for name in demo_data.POLICY_DOMAINS:
        domains[name], _ = PolicyDomain.objects.get_or_create(slug=slugify(name)[:120], defaults={"name": name})
    themes = {t.slug: t for t in Theme.objects.all()}
    for data in demo_data.ORGANISATIONS:
        organisation, _created = Organisation.objects.update_or_create(
            slug=data["slug"],
            defaults={
                "name": data["name"],
                "organisation_type": data["organisation_type"],
                "government_layer": data["government_layer"],
                "staff_count": data.get("staff_count"),
                "policy_domain": domains.get(data.get("policy_domain")),
                "province": data.get("province") or "",
                "city": data.get("city") or "",
                "website": data.get("website") or "",
                "description": data.get("description", ""),
                "primary_processes": data.get("primary_processes", ""),
                "ambitions": data.get("ambitions", ""),
                "is_member": True,
            },
        )
        for domain in data.get("email_domains", []):
            OrganisationDomain.objects.get_or_create(domain=domain.lower(), defaults={"organisation": organisation})
        for question in data.get("learning_questions", []):
            lq, _ = LearningQuestion.objects.get_or_create(
                organisation=organisation, title=question["title"], defaults={"body": question.get("body", "")}
            )
            lq.themes.set([themes[s] for s in question.get("themes", []) if s in themes])
    return Organisation.objects.count()


@transaction.atomic
def load_people():
    people = []
    for email, first, last, function, org_slug, roles, description, status, superuser in DEMO_PEOPLE:
        kind = email.split("@")[0]
        if org_slug is None and kind in ("secretaris", "coordinator"):
            org_slug = _organisation_slug_for(kind)
        organisation = Organisation.objects.filter(slug=org_slug).first() if org_slug else None
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email=email, password=DEMO_PASSWORD)
        user.first_name, user.last_name = first, last
        user.is_staff = user.is_superuser = superuser
        user.save()
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        profile, _ = MemberProfile.objects.get_or_create(user=user)
        profile.status = status
        profile.organisation = organisation if status == "member" else None
        profile.function = function
        profile.province = organisation.province if organisation else ""
        profile.requested_organisation = "Adviesbureau Publieke Waarde" if status == "pending" else ""
        profile.bio = ""
        profile.save()
        user.groups.set([Group.objects.get_or_create(name=role)[0] for role in roles])
        if superuser or set(roles) & POWER_ROLES:
            _give_demo_authenticator(user)
        people.append((email, description, organisation.name if organisation else "—"))
    return people


#: Demo roles whose powers need a second factor.
POWER_ROLES = {ROLE_EDITORS, ROLE_MODERATORS, ROLE_SITE_ADMINS}


def _give_demo_authenticator(user) -> None:
    """An authenticator app with the known demo secret, through allauth's own TOTP model."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP

    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, DEMO_TOTP_SECRET)


def load():

    themes = load_themes()
    organisations = load_organisations()
    people = load_people()
    groups = demo_spaces.load()
    threads = demo_threads.load()
    benchmarks = demo_benchmarks.load()
    return {
        "themes": themes,
        "organisations": organisations,
        "people": people,
        **groups,
        **threads,
        **benchmarks,
    }
