"""Demo content of the help portal (Vraagbaak) and one group discussion, through the real actions.

Idempotent: a thread whose title exists is left alone. Inspired by the seeds
(Managementtools, dilemma's): integrity dilemmas, klantcontactcentrum choices,
benchmarking participation, workload in the control tower.
"""

from __future__ import annotations

from django.db import transaction

from peergroups.models import Flag, Membership, Theme, Thread, User
from peergroups.portal import actions as thread_actions

Q_KCC = "Eigen klantcontactcentrum of aansluiten bij een gedeelde voorziening?"
Q_BENCH = "Is deelname aan de benchmark de moeite waard voor een kleine uitvoerder?"
D_GIFT = "Een leverancier biedt ons team een studiereis aan: aannemen of niet?"
D_ANON = "Een teamleider meldt werkdruk in de controletoren, maar mijn directeur wil eerst cijfers"
D_WG = "Hoe meten wij de bereikbaarheid van onze klantcontactcentra op dezelfde manier?"


def _user(email):
    return User.objects.filter(email=email).first()


def _theme(slug):
    return Theme.objects.filter(slug=slug).first()


def _themes(*slugs):
    return [t for t in (_theme(s) for s in slugs) if t is not None]


@transaction.atomic
def load() -> dict:
    portal = thread_actions.get_portal()
    manager = _user("manager@leerplatform.example")
    lid = _user("lid@leerplatform.example")
    teamleider = _user("teamleider@leerplatform.example")
    coordinator = _user("coordinator@leerplatform.example")
    secretaris = _user("secretaris@leerplatform.example")
    redactie = _user("redactie@leerplatform.example")
    if not all([manager, lid, teamleider, coordinator, secretaris]):
        return {"threads": 0}
    created = 0

    if not Thread.objects.filter(title=Q_KCC).exists():
        kcc = thread_actions.do_create_thread(
            manager,
            portal,
            kind="question",
            title=Q_KCC,
            body=(
                "Wij staan voor de keuze: bouwen wij een eigen **klantcontactcentrum** of sluiten wij aan bij "
                "de gedeelde voorziening van een grotere uitvoerder? Wie heeft die afweging gemaakt, en wat gaf "
                "de doorslag: kwaliteit, kosten of regie op de klantreis?"
            ),
            themes=_themes("klantorientatie", "netwerksamenwerking"),
        )
        first = thread_actions.do_reply(
            lid,
            kcc,
            body=(
                "Wij zijn aangesloten bij een gedeelde voorziening. Voordeel: ruimere openingstijden en "
                "schaalvoordeel. Nadeel: u moet de regie op de kwaliteit goed beleggen, met vaste afspraken "
                "over doorlooptijden en terugkoppeling."
            ),
        )
        nested = thread_actions.do_reply(
            teamleider,
            kcc,
            parent=first,
            body="Hoe borgt u dat de medewerkers van de gedeelde voorziening uw regelingen goed kennen?",
        )
        thread_actions.do_reply(
            lid,
            kcc,
            parent=nested,
            body="Met een kennisbank die wij zelf bijhouden en een maandelijkse kalibratiesessie.",
        )
        second = thread_actions.do_reply(
            coordinator,
            kcc,
            body=(
                "Wij kozen voor een eigen centrum, omdat onze klantvragen sterk samenhangen met de "
                "behandeling van aanvragen. In de werkgroep Dienstverlening vergelijken wij de resultaten."
            ),
        )
        thread_actions.do_toggle_vote(teamleider, first)
        thread_actions.do_accept(manager, kcc, first)
        flagged = thread_actions.do_reply(
            secretaris, kcc, body="Bel mij maar, dan vertel ik u hoe u de aanbesteding kunt omzeilen."
        )
        thread_actions.do_flag(
            lid, kcc, reply=flagged, reason="Dit advies lijkt in te gaan tegen de aanbestedingsregels."
        )
        del second
        created += 1

    if not Thread.objects.filter(title=Q_BENCH).exists():
        bench = thread_actions.do_create_thread(
            teamleider,
            portal,
            kind="question",
            title=Q_BENCH,
            body=(
                "Deelname aan de benchmark vraagt veel van ons kleine team: gegevens aanleveren, duiden en "
                "bespreken. Wat levert het u op? En hoe voorkomt u dat het een afrekeninstrument wordt?"
            ),
            themes=_themes("lerend-vermogen", "transparantie-en-integriteit"),
        )
        thread_actions.do_reply(
            coordinator,
            bench,
            body=(
                "Het meeste leren wij van de gesprekken ná de cijfers. Spreek vooraf af dat de uitkomsten "
                "niet naar buiten gaan zonder duiding."
            ),
        )
        created += 1

    if not Thread.objects.filter(title=D_GIFT).exists():
        gift = thread_actions.do_create_thread(
            secretaris,
            portal,
            kind="dilemma",
            title=D_GIFT,
            body=(
                "Een leverancier met wie wij een lopend contract hebben, nodigt ons team uit voor een "
                "studiereis naar een vergelijkbare organisatie in Denemarken. Leerzaam, maar hoe zit het met "
                "de schijn van belangenverstrengeling?"
            ),
            themes=_themes("transparantie-en-integriteit"),
            poll_options=[
                "Aannemen, de leerwaarde is groot",
                "Aannemen, maar de reis zelf betalen",
                "Afslaan",
            ],
        )
        poll = gift.poll
        options = list(poll.options.all())
        thread_actions.do_vote_in_poll(lid, poll, options[1])
        thread_actions.do_vote_in_poll(coordinator, poll, options[2])
        thread_actions.do_reply(
            lid,
            gift,
            body="Ik zou de reis zelf betalen en het melden bij de integriteitscoördinator.",
        )
        created += 1

    if not Thread.objects.filter(title=D_ANON).exists():
        anon = thread_actions.do_create_thread(
            manager,
            portal,
            kind="dilemma",
            title=D_ANON,
            body=(
                "Een van mijn teamleiders geeft aan dat de werkdruk in de controletoren onhoudbaar is. Mijn "
                "directeur wil eerst cijfers zien voordat er iets verandert. Ga ik nu al bijsturen op basis "
                "van signalen, of wacht ik op de cijfers?"
            ),
            themes=_themes("werkgeverschap", "leiderschap"),
            is_anonymous=True,
        )
        thread_actions.do_reply(
            coordinator,
            anon,
            body="Signalen van een teamleider zijn ook data. Leg ze vast en bespreek ze samen met de cijfers.",
        )
        created += 1

    space = Membership.objects.filter(space__slug="werkgroep-dienstverlening").select_related("space").first()
    if space is not None and not Thread.objects.filter(title=D_WG).exists():
        wg = space.space
        starter = Membership.objects.filter(space=wg, role="coordinator").first()
        other = Membership.objects.filter(space=wg).exclude(user=starter.user).first() if starter else None
        if starter is not None:
            thread = thread_actions.do_create_thread(
                starter.user,
                wg,
                kind="discussion",
                title=D_WG,
                body="Elke organisatie meet bereikbaarheid anders. Zullen wij één definitie afspreken?",
                themes=_themes("klantorientatie"),
            )
            if other is not None:
                thread_actions.do_reply(
                    other.user, thread, body="Goed idee: percentage opgenomen binnen 60 seconden als basis."
                )
            created += 1
    del redactie
    return {"threads": created, "flags": Flag.objects.filter(status="open").count()}
