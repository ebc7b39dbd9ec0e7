"""Realistic Dutch text for generated benchmark data (never for demo content).

Sentences are assembled from templates and a vocabulary taken from the seed
documents (klanttevredenheid, servicenormen, benchmarking, het
kwaliteitshandvest, de controletoren, integriteit, ...) and the demo content,
so search, highlighting and page sizes behave as with real posts. Everything
is drawn from the ``random.Random`` passed in: the same seed gives the same
text. Used by the ``scale_data`` modules of peergroups, knowledge and resultancy.
"""

from __future__ import annotations

import random
from html import escape

TOPICS = [
    "klanttevredenheid",
    "de servicenormen",
    "het kwaliteitshandvest",
    "de benchmark",
    "het klantcontactcentrum",
    "de wachttijden aan de telefoon",
    "de bereikbaarheid",
    "de doorlooptijden",
    "het burgerpanel",
    "de klachtafhandeling",
    "de werkdruk in de controletoren",
    "het verbeterplan",
    "de zelfevaluatie",
    "de mystery-guestmeting",
    "het keurmerk",
    "de digitale loketten",
    "de regionale samenwerking",
    "de informatievoorziening",
    "de privacy van klantgegevens",
    "de inkoop",
    "het werkgeverschap",
    "het lerend vermogen van teams",
    "de prestatie-indicatoren",
    "de verantwoording aan de raad",
    "de klantreis",
    "het omgevingsloket",
    "de vergunningverlening",
    "de schuldhulpverlening",
    "de ketensamenwerking",
    "de jaarlijkse visitatie",
    "het integriteitsbeleid",
    "de interne audit",
    "de opvolging van aanbevelingen",
    "de inzet van burgerpeilingen",
    "het KCC-dashboard",
    "de terugbelafspraken",
    "de kennisbank voor medewerkers",
    "de kalibratiesessies",
    "de managementrapportage",
]
ACTORS = [
    "ons team",
    "de directie",
    "het managementteam",
    "onze medewerkers",
    "de ondernemingsraad",
    "de gemeenteraad",
    "het college",
    "de afdeling Publiekszaken",
    "het klantcontactcentrum",
    "onze ketenpartners",
    "de werkgroep",
    "de kwaliteitsadviseur",
    "de teamleiders",
    "het bestuur",
    "de auditcommissie",
]
VERBS = [
    "verbeteren",
    "meten",
    "vergelijken",
    "bespreken",
    "borgen",
    "evalueren",
    "herzien",
    "vereenvoudigen",
    "zichtbaar maken",
    "op de agenda zetten",
    "uitbreiden",
    "beter onderbouwen",
    "samen oppakken",
]
RESULTS = [
    "het rapportcijfer steeg van 6,8 naar 7,4",
    "de wachttijd halveerde binnen een halfjaar",
    "klachten daalden met een kwart",
    "medewerkers voelden meer eigenaarschap",
    "de raad kreeg beter zicht op de prestaties",
    "burgers merkten weinig verschil",
    "de doorlooptijd bleef helaas gelijk",
    "wij leerden veel van de vergelijking met collega's",
    "het kostte meer tijd dan gepland",
    "de samenwerking met de keten werd hechter",
]
ORGS = [
    "een middelgrote gemeente",
    "een waterschap",
    "een uitvoeringsorganisatie",
    "een provincie",
    "een veiligheidsregio",
    "een samenwerkingsverband",
    "een zelfstandig bestuursorgaan",
    "een grote gemeente",
]

QUESTION_TEMPLATES = [
    "Hoe pakt u {topic} aan binnen {org}?",
    "Wie heeft ervaring met {topic} in combinatie met {topic2}?",
    "Hoe krijgt u {actor} mee bij {topic}?",
    "Is het zinvol om {topic} jaarlijks te {verb}?",
    "Welke aanpak werkt voor {topic} bij een kleine organisatie?",
    "Hoe voorkomt u dat {topic} een afrekeninstrument wordt?",
    "Wat levert {topic} u concreet op?",
]
DILEMMA_TEMPLATES = [
    "{actor_cap} wil {topic} {verb}, maar het budget is op: wat nu?",
    "Moet ik {topic} melden bij {actor} of eerst zelf onderzoeken?",
    "Een collega vraagt mij {topic} anders te presenteren dan de cijfers laten zien",
    "Openheid over {topic} of eerst intern de rust bewaren?",
    "{actor_cap} wacht op cijfers over {topic}, terwijl de signalen duidelijk zijn",
]
DISCUSSION_TEMPLATES = [
    "Zullen wij {topic} op dezelfde manier {verb}?",
    "Ervaringen met {topic}: wat werkt en wat niet?",
    "Voorstel: één gezamenlijke definitie voor {topic}",
    "Terugblik op de bijeenkomst over {topic}",
    "Agenda voor het volgende overleg: {topic} en {topic2}",
]
SENTENCE_TEMPLATES = [
    "Bij ons heeft {actor} {topic} vorig jaar opnieuw bekeken, en {result}.",
    "Wij zijn begonnen {topic} elk kwartaal te {verb}; {result}.",
    "Mijn advies: betrek {actor} vroeg bij {topic}.",
    "Het helpt om {topic} te koppelen aan {topic2}.",
    "In de vergelijking met {org} bleek dat {result}.",
    "Spreek vooraf af wie {topic} mag {verb} en wie de uitkomsten duidt.",
    "Wij merken dat {topic} pas werkt als {actor} er zelf om vraagt.",
    "Herkenbaar: ook bij ons wilde {actor} eerst cijfers zien over {topic}.",
    "Na de pilot met {topic} zagen wij dat {result}.",
    "Kijk eens naar het praktijkvoorbeeld van {org} over {topic}.",
    "Het kwaliteitshandvest noemt {topic} expliciet, dus {actor} kan er niet omheen.",
    "Onze ervaring is wisselend: {result}, maar {topic} blijft lastig.",
]
FIRST_NAMES = [
    "Anna",
    "Bas",
    "Carla",
    "Daan",
    "Eline",
    "Fleur",
    "Gert",
    "Hanna",
    "Ilse",
    "Jeroen",
    "Karin",
    "Lars",
    "Marieke",
    "Niels",
    "Olga",
    "Pieter",
    "Quinten",
    "Roos",
    "Sander",
    "Tessa",
    "Umar",
    "Vera",
    "Willem",
    "Yara",
    "Zeynep",
    "Mohammed",
    "Sanne",
    "Joost",
    "Femke",
    "Ruben",
    "Noor",
    "Thijs",
    "Lieke",
    "Koen",
    "Esther",
    "Hamza",
    "Ingrid",
]
LAST_NAMES = [
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "Kok",
    "Jacobs",
    "Haddou",
    "Yilmaz",
    "van Dijk",
    "Verhoeven",
    "Koster",
    "Prins",
]
PLACES = [
    ("Almelo", "overijssel"),
    ("Amersfoort", "utrecht"),
    ("Apeldoorn", "gelderland"),
    ("Assen", "drenthe"),
    ("Breda", "noord-brabant"),
    ("Delft", "zuid-holland"),
    ("Deventer", "overijssel"),
    ("Dordrecht", "zuid-holland"),
    ("Ede", "gelderland"),
    ("Eindhoven", "noord-brabant"),
    ("Emmen", "drenthe"),
    ("Enschede", "overijssel"),
    ("Goes", "zeeland"),
    ("Gouda", "zuid-holland"),
    ("Groningen", "groningen"),
    ("Haarlem", "noord-holland"),
    ("Heerenveen", "friesland"),
    ("Heerlen", "limburg"),
    ("Helmond", "noord-brabant"),
    ("Hengelo", "overijssel"),
    ("Hilversum", "noord-holland"),
    ("Hoorn", "noord-holland"),
    ("Kampen", "overijssel"),
    ("Leeuwarden", "friesland"),
    ("Leiden", "zuid-holland"),
    ("Lelystad", "flevoland"),
    ("Maastricht", "limburg"),
    ("Middelburg", "zeeland"),
    ("Nijmegen", "gelderland"),
    ("Oss", "noord-brabant"),
    ("Roermond", "limburg"),
    ("Sittard", "limburg"),
    ("Sneek", "friesland"),
    ("Terneuzen", "zeeland"),
    ("Tilburg", "noord-brabant"),
    ("Venlo", "limburg"),
    ("Vlissingen", "zeeland"),
    ("Zaanstad", "noord-holland"),
    ("Zeist", "utrecht"),
    ("Zoetermeer", "zuid-holland"),
    ("Zutphen", "gelderland"),
    ("Zwolle", "overijssel"),
    ("Almere", "flevoland"),
    ("Veendam", "groningen"),
    ("Hoogeveen", "drenthe"),
    ("Woerden", "utrecht"),
    ("Harderwijk", "gelderland"),
    ("Alkmaar", "noord-holland"),
]


def _fill(rng: random.Random, template: str) -> str:
    actor = rng.choice(ACTORS)
    return template.format(
        topic=rng.choice(TOPICS),
        topic2=rng.choice(TOPICS),
        actor=actor,
        actor_cap=actor[0].upper() + actor[1:],
        verb=rng.choice(VERBS),
        result=rng.choice(RESULTS),
        org=rng.choice(ORGS),
    )


def sentence(rng: random.Random) -> str:
    text = _fill(rng, rng.choice(SENTENCE_TEMPLATES))
    return text[0].upper() + text[1:]


def paragraph(rng: random.Random, low: int = 1, high: int = 4) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(low, high)))


def title(rng: random.Random, kind: str) -> str:
    templates = {"question": QUESTION_TEMPLATES, "dilemma": DILEMMA_TEMPLATES}.get(kind, DISCUSSION_TEMPLATES)
    text = _fill(rng, rng.choice(templates))
    return (text[0].upper() + text[1:])[:200]


def body(rng: random.Random, paragraphs: tuple[int, int] = (1, 3)) -> tuple[str, str]:
    """(Markdown, sanitized HTML) of a few paragraphs; the text holds no markup, so escaping suffices."""
    parts = [paragraph(rng) for _ in range(rng.randint(*paragraphs))]
    return "\n\n".join(parts), "".join(f"<p>{escape(p)}</p>" for p in parts)


def person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)


def zipf_weights(n: int, exponent: float = 1.0, offset: float = 1.0) -> list[float]:
    """Weights 1/(rank+offset)^exponent: a few heavy items, a long quiet tail."""
    return [1.0 / (rank + offset) ** exponent for rank in range(n)]
