"""Small Dutch text tools for the database implementation of similarity.

Deliberately simple (lower case, accents folded, stop words removed, a light
suffix stemmer): enough to see that "uitkeringen betalen" and "uitkering
betaald" are about the same thing. The search issue replaces the similarity
with Elasticsearch's Dutch analyzer behind the same suggestion functions.
"""

from __future__ import annotations

import re
import unicodedata

#: Function words plus words every organisation uses about itself; they say
#: nothing about which organisations are alike.
_STOP_WORDS = """
    aan al alle alles als altijd ander andere anderen beide ben bij binnen bovendien daar daarbij daarna daarom
    daarvoor dan dat de deze die dit doch doen door dus een eens eigen en er ermee ervan geen geweest haar had
    heb hebben heeft hem het hier hij hoe hun ieder iedere iemand iets ik in is ja je jij kan kon kunnen maar
    me meer men met mij mijn moet moeten na naar niet niets nog nu of om omdat onder ons onze ook op over per
    reeds sinds te tegen toch toe tot u uit uw van veel voor vooral waar waarbij waardoor waarin waarom wat
    wanneer we wel welk welke werd wie wij wil willen worden wordt zal ze zelf zich zij zijn zo zoals zonder
    zou zouden zowel via tussen onder andere waaronder ongeveer circa bijna zoveel elkaar echt goed goede
    hoe wij we onze ons kunnen daarvoor benodigde namens hun
    organisatie organisaties uitvoeren uitvoering uitvoerders uitvoerder taken taak nederland land landelijk
    gemeente gemeenten gemeentelijke inwoners bedrijven burgers klanten klant werk werken leren vragen vraag
    zoeken ervaring ervaringen voorbeelden manier organiseren maken houden
    """
#: Verbs, adjectives and adverbs any organisation uses about any work ("helpen", "makkelijk",
#: "brengen"): sharing one says nothing about doing similar work, so they are no reason to
#: compare and never shown as one.
_GENERIC_WORDS = """
    afstemmen afstemt bieden biedt bijhouden bijgehouden blijft blijven brengen brengt delen deelt doet
    geeft geven gaan gaat gebruiken gebruikt helpen helpt hielp komen komt krijgen krijgt laat laten
    leveren levert maakt maakte mogen nemen neemt ontwikkelen ontwikkelt opbouwen opgebouwd regelen regelt
    staan staat stellen stelt uitgroeien uitgegroeid verbeteren verbetert verlopen verloopt vinden vindt
    voeren voert werkt zetten ziet zien zorgen zorgt ondersteunen ondersteunt zodat
    makkelijk makkelijker eenvoudig eenvoudiger snel sneller beter best hele heel geheel klein kleine
    groot grote groter grotere nieuw nieuwe belangrijk belangrijke verschillende diverse meerdere vaak
    steeds samen daarnaast ervoor erbij juist juiste breed brede gericht gerichte gezamenlijk gezamenlijke
    mensen zaken dingen onderdeel gebied rond goed
    """
GENERIC_WORDS = frozenset(_GENERIC_WORDS.split())
DUTCH_STOP_WORDS = frozenset(_STOP_WORDS.split()) | GENERIC_WORDS

_WORD = re.compile(r"[a-z]+")
_SUFFIXES = ("en", "es", "s", "e")


def fold(text: str) -> str:
    """Lower case without accents ("Klantoriëntatie" -> "klantorientatie")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stem(word: str) -> str:
    """Strip one common Dutch inflection so plural and singular meet."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if len(word) > 4 and word[-1] == word[-2]:  # "betall" -> "betal", "verstrekk" -> "verstrek"
        word = word[:-1]
    return word


def tokens(text: str) -> list[tuple[str, str]]:
    """``(stem, surface word)`` pairs of the meaningful words in ``text``."""
    result = []
    for word in _WORD.findall(fold(text or "")):
        if len(word) < 4 or word in DUTCH_STOP_WORDS:
            continue
        result.append((stem(word), word))
    return result


def meaningful_text(text: str) -> str:
    """``text`` reduced to its meaningful words (no stop words, no generic verbs), e.g. as the
    text a "more like this" query looks for."""
    return " ".join(word for _stem, word in tokens(text))
