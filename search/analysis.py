"""Index settings: Dutch analysis, synonyms, autocomplete.

The component names (``lowercase``, ``asciifolding``, ``dutch_stop``,
``dutch_stemmer``, ``synonym_graph``, ``edge_ngram``) come from our
``platform-analysis`` plugin on the Maven Central distribution, and from
``analysis-common`` on a stock Elasticsearch; both provide the same names.
"""

from pathlib import Path

from django.conf import settings

SYNONYMS_FILE = Path(__file__).resolve().parent / "synonyms" / "nl.txt"

#: Analyzer names used in document mappings.
DUTCH = "nl_text"  # index time: stemmed, no synonyms
DUTCH_SEARCH = "nl_text_search"  # query time: synonyms expanded, then stemmed
PREFIX = "nl_prefix"  # index time: edge n-grams, for compounds and autocomplete
PREFIX_SEARCH = "nl_prefix_search"


def load_synonyms(path: Path = SYNONYMS_FILE) -> list[str]:
    rules = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rules.append(line.lower())
    return rules


def index_settings() -> dict:
    return {
        "number_of_shards": getattr(settings, "SEARCH_SHARDS", 1),
        "number_of_replicas": getattr(settings, "SEARCH_REPLICAS", 0),
        "max_ngram_diff": 30,
        "analysis": {
            "filter": {
                "nl_synonyms": {"type": "synonym_graph", "synonyms": load_synonyms(), "lenient": True},
                "nl_stop": {"type": "dutch_stop"},
                "nl_stem": {"type": "dutch_stemmer"},
                "nl_edge": {"type": "edge_ngram", "min_gram": 2, "max_gram": 30},
            },
            "analyzer": {
                DUTCH: {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "nl_stop", "nl_stem"],
                },
                DUTCH_SEARCH: {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "nl_synonyms", "nl_stop", "nl_stem"],
                },
                PREFIX: {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding", "nl_edge"]},
                # Stop words ("de", "het", "van") would match the two-letter prefix of every
                # other word: dropped at query time, as the other analyzers do.
                PREFIX_SEARCH: {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "nl_stop"],
                },
            },
        },
    }
