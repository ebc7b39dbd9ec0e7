"""Plain demo data for the peer-network demo loader (no Django imports).

Sources are the seed documents in ``shared/seeds``:

* 000 - Good Governance programme: the Rijksbrede Benchmark Groep (RBB, 24
  members) and the "Good Governance in de praktijk" boxes;
* 001 - VGS committee 'Dienstverlening en bedrijfsvoering' (municipalities
  taking part in its four working groups);
* 002 - Beste Overheidsorganisatie van het Jaar 2014-2017 (thirteen finalists
  with metadata and theme sections);
* 003 - Burgerlink; 004 - Leidraad Goed bestuur (used for the theme texts).

All Dutch texts are written in the project's own words; names, numbers, years
and metadata come from the seeds. No private persons are named.

Conventions
-----------
* ``staff_count`` is ``None`` when the seeds do not state a number. For the
  finalists the number from the case metadata in seed 002 is used (the map on
  page 7 of that seed sometimes gives a slightly different rounded figure;
  the verbatim case metadata is kept in ``seed_metadata``).
* ``website``/``email_domains`` are empty for organisations that no longer
  exist under the name used in the seeds (merged or renamed since), so that no
  e-mail domain is claimed twice (domains are unique across organisations).
* ``province`` is ``""`` only for a network without a head office.
* The seed does not say which finalists won, so no ``award`` key is set.
* ``vgs_working_group`` names the working group of seed 001 in which the
  municipality had a member in 2009; it is absent for municipalities tagged
  "vgs" that were not in one of the working groups (Den Haag, Amsterdam,
  Zaanstad, Leeuwarden).
"""

DEMO_PASSWORD = "demo-wachtwoord-2026"  # demo only; printed by `make run`
#: The authenticator-app secret (base32) of every demo account with a powerful role: their roles
#: need a second factor (peergroups.policy.second_factor). Demo only; printed by `make run` with the accounts.
DEMO_TOTP_SECRET = "LEERPLATFORMDEMOTOTPGEHEIMTWEEAB"

# --------------------------------------------------------------------------
# Themes: the four programme pillars (seed 000) and the case themes (seed 002)
# --------------------------------------------------------------------------
THEMES: list[dict] = [
    {
        "slug": "klantorientatie",
        "name": "Klantoriëntatie",
        "kind": "pillar",
        "description": (
            "Denken en werken vanuit burgers en bedrijven: heldere beloften over de "
            "dienstverlening, bijvoorbeeld in een kwaliteitshandvest, en regelmatig "
            "meten hoe klanten die dienstverlening ervaren. Instrumenten zijn onder "
            "meer klanttevredenheidsonderzoek, mystery guests en keurmerken."
        ),
    },
    {
        "slug": "lerend-vermogen",
        "name": "Lerend vermogen",
        "kind": "pillar",
        "description": (
            "Het vermogen van medewerkers en organisaties om te leren van collega's, "
            "van goede voorbeelden en van eigen fouten. Benchmarking, leerplatforms "
            "en expertisecentra helpen prestaties te vergelijken en kennis over te dragen."
        ),
    },
    {
        "slug": "leiderschap",
        "name": "Leiderschap",
        "kind": "pillar",
        "description": (
            "Leidinggeven in het publieke domein betekent schipperen tussen belangen "
            "van klanten, medewerkers, politiek en regelgeving, met beperkte middelen. "
            "Dit thema gaat over de paradoxen en dilemma's van de publieke manager en "
            "over instrumenten die managers daarbij ondersteunen."
        ),
    },
    {
        "slug": "transparantie-en-integriteit",
        "name": "Transparantie en integriteit",
        "kind": "pillar",
        "description": (
            "Een overheid die open is over haar werk en integer handelt, verdient het "
            "vertrouwen van burgers. Denk aan integriteitsbeleid, zelfevaluatie van "
            "kwetsbare processen (SAINT), dilemmatrainingen en het bespreekbaar maken "
            "van morele keuzes in het dagelijks werk."
        ),
    },
    {
        "slug": "openheid",
        "name": "Openheid",
        "kind": "case_theme",
        "description": (
            "Hoe een organisatie zich verantwoordt en toegankelijk is: publiceren van "
            "werkwijze, kosten en resultaten, en actief het gesprek aangaan met "
            "klanten en belanghebbenden, online en offline."
        ),
    },
    {
        "slug": "intern-leervermogen",
        "name": "Intern leervermogen",
        "kind": "case_theme",
        "description": (
            "De manieren waarop een organisatie intern leert en verbetert: evaluaties, "
            "medewerkersonderzoek, benchmarks, experimenten en interne platforms waar "
            "collega's ervaringen en dilemma's uitwisselen."
        ),
    },
    {
        "slug": "werkgeverschap",
        "name": "Werkgeverschap",
        "kind": "case_theme",
        "description": (
            "Wat een organisatie als werkgever doet: opleiding en ontwikkeling, "
            "verantwoordelijkheid laag in de organisatie, flexibel werken en ruimte "
            "voor eigen initiatief van medewerkers."
        ),
    },
    {
        "slug": "veerkracht",
        "name": "Veerkracht",
        "kind": "case_theme",
        "description": (
            "Het vermogen om schokken op te vangen en zich aan te passen aan nieuwe "
            "taken, bezuinigingen, wetgeving of digitalisering, en daar sterker uit te komen."
        ),
    },
    {
        "slug": "maatschappelijke-betrokkenheid",
        "name": "Maatschappelijke betrokkenheid",
        "kind": "case_theme",
        "description": (
            "Bijdragen aan de samenleving voorbij de primaire taak, vooral op sociaal "
            "gebied (werkplekken voor mensen met afstand tot de arbeidsmarkt, educatie) "
            "en op het gebied van duurzaamheid."
        ),
    },
    {
        "slug": "netwerksamenwerking",
        "name": "Netwerksamenwerking",
        "kind": "case_theme",
        "description": (
            "Samenwerken met andere overheden, maatschappelijke organisaties, bedrijven "
            "en burgers, op de schaal waarop een vraagstuk zich voordoet."
        ),
    },
    {
        "slug": "externe-kennisdeling",
        "name": "Externe kennisdeling",
        "kind": "case_theme",
        "description": (
            "Kennis en ervaring delen buiten de eigen organisatie: via werkbezoeken, "
            "congressen, vakbladen, open data, expertisecentra en internationale "
            "samenwerking, en daar zelf ook van leren."
        ),
    },
    {
        "slug": "innovatie",
        "name": "Innovatie",
        "kind": "case_theme",
        "description": (
            "Vernieuwen van dienstverlening en bedrijfsvoering: ruimte om te "
            "experimenteren, kleinschalige pilots die worden opgeschaald, en "
            "innovatie samen met partners."
        ),
    },
]

# --------------------------------------------------------------------------
# Policy domains (short Dutch labels; each organisation uses one of these)
# --------------------------------------------------------------------------
POLICY_DOMAINS: list[str] = [
    "Werk en inkomen",
    "Onderwijs",
    "Belastingen en financiën",
    "Justitie en rechtspraak",
    "Veiligheid en crisisbeheersing",
    "Jeugd en zorg",
    "Water en infrastructuur",
    "Mobiliteit en verkeer",
    "Landbouw, natuur en milieu",
    "Wonen, ruimte en vastgoed",
    "Registratie en informatie",
    "Asiel en migratie",
    "Economie en ondernemen",
    "Gemeentelijke dienstverlening",
    "Bedrijfsvoering overheid",
]


# --------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------
ORGANISATIONS: list[dict] = [
    # ======================================================================
    # Rijksbrede Benchmark Groep: the 24 members listed in seed 000
    # (Rijkswaterstaat and Staatsbosbeheer are also finalists, see below).
    # ======================================================================
    {
        "name": "Algemeen Burgerlijk Pensioenfonds (ABP)",
        "slug": "abp",
        "organisation_type": "uitvoeringsorganisatie",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Werk en inkomen",
        "province": "limburg",
        "city": "Heerlen",
        "website": "https://www.abp.nl",
        "email_domains": ["abp.nl"],
        "primary_processes": (
            "Pensioenen opbouwen en uitkeren voor werknemers in overheid en onderwijs. "
            "Deelnemersadministratie bijhouden en werkgevers en deelnemers informeren."
        ),
        "ambitions": (
            "Pensioeninformatie begrijpelijk maken voor deelnemers en het contact "
            "rond levensgebeurtenissen zoals pensionering soepel laten verlopen."
        ),
        "description": (
            "ABP is het pensioenfonds voor overheid en onderwijs. Als deelnemer aan de "
            "Rijksbrede Benchmark Groep vergelijkt het zijn dienstverlening met die van "
            "andere grote uitvoerders die uitkeringen verstrekken."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe maken we pensioeninformatie begrijpelijk voor elke deelnemer?",
                "body": (
                    "Veel deelnemers lezen hun pensioenoverzicht niet of begrijpen het niet. "
                    "Wij zoeken organisaties die ervaring hebben met het vereenvoudigen van "
                    "complexe informatie voor een groot publiek."
                ),
                "themes": ["klantorientatie", "openheid"],
            },
        ],
    },
    {
        "name": "Centrale Financiën Instellingen (CFI)",
        "slug": "cfi",
        "organisation_type": "uitvoeringsorganisatie",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Onderwijs",
        "province": "zuid-holland",
        "city": "Zoetermeer",
        "website": "",
        "email_domains": [],
        "primary_processes": (
            "Bekostiging van onderwijsinstellingen berekenen en uitbetalen namens het "
            "ministerie van OCW, en de daarvoor benodigde gegevens verzamelen."
        ),
        "ambitions": ("De gegevensuitvraag bij scholen beperken en de bekostiging voorspelbaar en foutloos uitvoeren."),
        "description": (
            "CFI was ten tijde van de benchmark het agentschap van OCW dat de geldstromen "
            "naar onderwijsinstellingen verzorgde. De taken zijn later opgegaan in DUO."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe verminderen we de administratieve last voor scholen?",
                "body": (
                    "Scholen leveren veel gegevens aan voor hun bekostiging. Wij willen "
                    "leren van uitvoerders die gegevens eenmalig uitvragen en hergebruiken."
                ),
                "themes": ["klantorientatie", "netwerksamenwerking"],
            },
        ],
    },
    {
        "name": "Centraal Orgaan opvang asielzoekers (COA)",
        "slug": "coa",
        "organisation_type": "zelfstandig_bestuursorgaan",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Asiel en migratie",
        "province": "zuid-holland",
        "city": "Rijswijk",
        "website": "https://www.coa.nl",
        "email_domains": ["coa.nl"],
        "primary_processes": (
            "Opvang, huisvesting en begeleiding van asielzoekers tijdens hun "
            "asielprocedure, in opvanglocaties verspreid over het land."
        ),
        "ambitions": (
            "Snel kunnen op- en afschalen van opvangcapaciteit en goede afspraken "
            "maken met gemeenten waar locaties komen."
        ),
        "description": (
            "Het COA zorgt voor de opvang van asielzoekers. De organisatie werkt in een "
            "omgeving waar de instroom sterk schommelt en is daarom gebaat bij kennis "
            "over flexibele organisatievormen."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe blijven we wendbaar bij sterk wisselende instroom?",
                "body": (
                    "De vraag naar opvangplekken verandert soms binnen enkele maanden. "
                    "Welke organisaties hebben ervaring met flexibele capaciteit en personeel?"
                ),
                "themes": ["veerkracht", "werkgeverschap"],
            },
            {
                "title": "Hoe betrekken we omwonenden bij nieuwe opvanglocaties?",
                "body": (
                    "Wij zoeken voorbeelden van organisaties die bewoners vroegtijdig en "
                    "open bij ingrijpende besluiten in hun omgeving betrekken."
                ),
                "themes": ["openheid", "netwerksamenwerking"],
            },
        ],
    },
    {
        "name": "Informatie Beheer Groep (IB-Groep)",
        "slug": "ib-groep",
        "organisation_type": "zelfstandig_bestuursorgaan",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Onderwijs",
        "province": "groningen",
        "city": "Groningen",
        "website": "",
        "email_domains": [],
        "primary_processes": (
            "Studiefinanciering toekennen en uitbetalen, studieschulden innen en onderwijsregisters en examens beheren."
        ),
        "ambitions": (
            "Studenten en scholieren vooral digitaal en zonder omwegen bedienen, "
            "met minder fouten in toekenning en terugbetaling."
        ),
        "description": (
            "De IB-Groep was ten tijde van de benchmark de uitvoerder van onder meer de "
            "studiefinanciering. De organisatie is later verdergegaan als Dienst Uitvoering "
            "Onderwijs (DUO), die in 2016 finalist was van de verkiezing Beste "
            "Overheidsorganisatie."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe verschuiven we klantcontact naar digitale kanalen zonder klanten kwijt te raken?",
                "body": (
                    "Wij willen meer aanvragen digitaal afhandelen, maar ook bereikbaar "
                    "blijven voor wie daar moeite mee heeft. Wie heeft hier ervaring mee?"
                ),
                "themes": ["klantorientatie", "innovatie"],
            },
        ],
    },
    {
        "name": "Kadaster",
        "slug": "kadaster",
        "organisation_type": "zelfstandig_bestuursorgaan",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Registratie en informatie",
        "province": "gelderland",
        "city": "Apeldoorn",
        "website": "https://www.kadaster.nl",
        "email_domains": ["kadaster.nl"],
        "primary_processes": (
            "Registreren van onroerende zaken en de rechten daarop, en het beheren en "
            "leveren van kaarten en geografische informatie."
        ),
        "ambitions": (
            "Registratiegegevens betrouwbaar, actueel en makkelijk bruikbaar maken voor "
            "burgers, bedrijven en andere overheden."
        ),
        "description": (
            "Het Kadaster houdt de openbare registers bij waarin eigendom van huizen en "
            "grond is vastgelegd. Het is een van de deelnemers aan de Rijksbrede "
            "Benchmark Groep met een registrerend primair proces."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe meten we de kwaliteit van een basisregistratie op een manier die afnemers herkennen?",
                "body": (
                    "Andere overheden gebruiken onze gegevens in hun eigen processen. "
                    "Wij willen met andere registerhouders indicatoren voor kwaliteit vergelijken."
                ),
                "themes": ["lerend-vermogen", "netwerksamenwerking"],
            },
        ],
    },
    {
        "name": "Dienst Regelingen",
        "slug": "dienst-regelingen",
        "organisation_type": "uitvoeringsorganisatie",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Landbouw, natuur en milieu",
        "province": "limburg",
        "city": "Roermond",
        "website": "",
        "email_domains": [],
        "primary_processes": (
            "Uitvoeren van subsidie- en vergunningsregelingen voor agrariërs en andere "
            "ondernemers, waaronder Europese landbouwregelingen."
        ),
        "ambitions": (
            "Regelingen eenvoudiger uitvoeren, met minder formulieren en een snellere afhandeling voor ondernemers."
        ),
        "description": (
            "Dienst Regelingen was ten tijde van de benchmark de uitvoeringsorganisatie van "
            "het ministerie van LNV. Omdat veel regelingen uit Brussel komen, had de "
            "dienst belang bij het RBB-thema samenwerking in Europa. De taken zijn later "
            "opgegaan in de Rijksdienst voor Ondernemend Nederland."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe voeren we Europese regelgeving uit zonder extra lasten voor ondernemers?",
                "body": (
                    "Europese eisen aan controle en verantwoording leiden vaak tot extra "
                    "formulieren. Wij willen met andere uitvoerders ervaringen delen over "
                    "samenwerking in Europa."
                ),
                "themes": ["klantorientatie", "netwerksamenwerking"],
            },
        ],
    },
    {
        "name": "Rijksdienst voor het Wegverkeer (RDW)",
        "slug": "rdw",
        "organisation_type": "zelfstandig_bestuursorgaan",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Mobiliteit en verkeer",
        "province": "zuid-holland",
        "city": "Zoetermeer",
        "website": "https://www.rdw.nl",
        "email_domains": ["rdw.nl"],
        "primary_processes": (
            "Voertuigen toelaten en keuren, kentekens registreren en documenten zoals "
            "kentekenbewijzen en rijbewijzen uitgeven."
        ),
        "ambitions": (
            "De kentekenregistratie betrouwbaar houden en de dienstverlening aan burgers "
            "en de autobranche verder digitaliseren."
        ),
        "description": (
            "De RDW beheert onder meer het kentekenregister. Als registrerende "
            "uitvoeringsorganisatie vergelijkt de RDW zich binnen de RBB-Groep met "
            "organisaties als het Kadaster en het CBR."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe verdelen we taken slim tussen onszelf en erkende bedrijven in de keten?",
                "body": (
                    "Een deel van ons werk loopt via garages en andere erkende partijen. "
                    "Wij zoeken organisaties die toezicht en ketensamenwerking goed hebben ingericht."
                ),
                "themes": ["netwerksamenwerking", "transparantie-en-integriteit"],
            },
        ],
    },
    {
        "name": "Sociale Verzekeringsbank (SVB)",
        "slug": "svb",
        "organisation_type": "zelfstandig_bestuursorgaan",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Werk en inkomen",
        "province": "noord-holland",
        "city": "Amstelveen",
        "website": "https://www.svb.nl",
        "email_domains": ["svb.nl"],
        "primary_processes": (
            "Uitvoeren van volksverzekeringen zoals AOW en kinderbijslag: rechten vaststellen en uitkeringen betalen."
        ),
        "ambitions": (
            "Uitkeringen zoveel mogelijk automatisch en op tijd toekennen, zodat klanten zelf weinig hoeven te doen."
        ),
        "description": (
            "De SVB verzorgt regelingen die vrijwel elke Nederlander ooit raken. Binnen "
            "de RBB-Groep deelt de SVB een vergelijkbaar primair proces met andere "
            "uitkeringsverstrekkers zoals UWV en ABP."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe kennen we uitkeringen proactief toe zonder aanvraag van de klant?",
                "body": (
                    "Met gegevens uit andere registraties kunnen we rechten vaak zelf "
                    "vaststellen. Wie heeft ervaring met deze proactieve dienstverlening?"
                ),
                "themes": ["klantorientatie", "innovatie"],
            },
            {
                "title": "Hoe werken uitvoerders samen bij klanten die in het buitenland wonen?",
                "body": (
                    "Steeds meer klanten wonen of werken over de grens. Wij willen met andere "
                    "uitvoerders kennis bundelen over samenwerking in Europa."
                ),
                "themes": ["netwerksamenwerking", "externe-kennisdeling"],
            },
        ],
    },
    {
        "name": "Uitvoeringsinstituut Werknemersverzekeringen (UWV)",
        "slug": "uwv",
        "organisation_type": "zelfstandig_bestuursorgaan",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Werk en inkomen",
        "province": "noord-holland",
        "city": "Amsterdam",
        "website": "https://www.uwv.nl",
        "email_domains": ["uwv.nl"],
        "primary_processes": (
            "Uitvoeren van de werknemersverzekeringen: uitkeringen bij werkloosheid en "
            "arbeidsongeschiktheid toekennen en betalen, en mensen helpen weer aan het werk te gaan."
        ),
        "ambitions": (
            "Uitgroeien tot een publieke dienstverlener met breed gezag, die achter elk dossier een "
            "mens ziet en uitkeringsgerechtigden aanmoedigt om zo snel mogelijk weer te werken."
        ),
        "description": (
            "UWV is een grote uitvoerder van sociale zekerheid met het hoofdkantoor in "
            "Amsterdam. Het is lid van de Rijksbrede Benchmark Groep en staat in het "
            "Good Governance-programma als voorbeeld van klantgericht werken."
        ),
        "gg_case_summary": (
            "Om medewerkers te laten denken vanuit de klant richtte UWV op de bovenste "
            "verdieping van het Amsterdamse hoofdkantoor 'De Buitenwereld' in: een omgeving "
            "waarin met onder meer multimedia zichtbaar wordt hoe klanten hun sociale "
            "zekerheid beleven. Onder de noemers 'Klant boven Regels' en 'Werk boven "
            "Uitkering' zoeken medewerkers er naar verbeteringen. Sinds het najaar van 2005 "
            "brachten circa 8.000 medewerkers er een dag door; medio 2007 moesten dat er "
            "ongeveer 15.000 zijn, met vervolgacties in de regio's."
        ),
        "groups": ["rbb", "gg_case"],
        "learning_questions": [
            {
                "title": "Hoe houden we klantgericht denken levend na een inspirerende eerste dag?",
                "body": (
                    "Duizenden medewerkers hebben De Buitenwereld bezocht. Hoe borgen andere "
                    "organisaties dat zo'n impuls doorwerkt in het dagelijkse werk op de vestigingen?"
                ),
                "themes": ["klantorientatie", "intern-leervermogen"],
            },
            {
                "title": "Hoe voeren we een goed gesprek over werk met iemand die een uitkering ontvangt?",
                "body": (
                    "Mensen stimuleren om weer aan het werk te gaan vraagt om vertrouwen. Wij "
                    "willen leren hoe andere organisaties een gesprek op basis van vertrouwen opbouwen."
                ),
                "themes": ["klantorientatie", "leiderschap"],
            },
        ],
    },
    {
        "name": "Centrum voor Werk en Inkomen (CWI)",
        "slug": "cwi",
        "organisation_type": "zelfstandig_bestuursorgaan",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Werk en inkomen",
        "province": "noord-holland",
        "city": "Amsterdam",
        "website": "",
        "email_domains": [],
        "primary_processes": (
            "Werkzoekenden inschrijven en naar werk bemiddelen, werkgevers helpen bij "
            "vacatures en aanvragen voor uitkeringen innemen."
        ),
        "ambitions": (
            "Werkzoekenden sneller aan werk helpen en de overdracht naar uitkerende "
            "instanties zonder dubbel werk laten verlopen."
        ),
        "description": (
            "CWI was ten tijde van de benchmark de publieke organisatie voor "
            "arbeidsbemiddeling, met vestigingen in het hele land. De organisatie is "
            "later samengegaan met UWV."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe maken we de keten van werk en inkomen naadloos voor de klant?",
                "body": (
                    "Klanten hebben met meerdere organisaties te maken als zij hun baan "
                    "verliezen. Wij willen met ketenpartners uitzoeken hoe één loket echt werkt."
                ),
                "themes": ["klantorientatie", "netwerksamenwerking"],
            },
        ],
    },
    {
        "name": "Belastingdienst",
        "slug": "belastingdienst",
        "organisation_type": "uitvoeringsorganisatie",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Belastingen en financiën",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "https://www.belastingdienst.nl",
        "email_domains": ["belastingdienst.nl"],
        "primary_processes": (
            "Belastingen en premies heffen en innen, aangiften beoordelen en toezicht "
            "houden op de naleving van belastingwetten."
        ),
        "ambitions": (
            "Het burgers en bedrijven makkelijk maken om aan hun verplichtingen te voldoen, "
            "en toezicht richten op waar de risico's het grootst zijn."
        ),
        "description": (
            "De Belastingdienst is een van de grootste uitvoeringsorganisaties van het Rijk "
            "en deelnemer aan de Rijksbrede Benchmark Groep. Het inningsproces is vergelijkbaar "
            "met dat van organisaties als het CJIB en het LBIO."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe combineren we dienstverlening en handhaving in één klantbenadering?",
                "body": (
                    "Dezelfde klant wil hulp bij zijn aangifte en krijgt ook met controle te maken. "
                    "Wij zoeken organisaties die beide rollen helder en geloofwaardig combineren."
                ),
                "themes": ["klantorientatie", "transparantie-en-integriteit"],
            },
        ],
    },
    {
        "name": "Sozawe Gemeente Rotterdam",
        "slug": "sozawe-rotterdam",
        "organisation_type": "uitvoeringsorganisatie",
        "government_layer": "lokaal",
        "staff_count": None,
        "policy_domain": "Werk en inkomen",
        "province": "zuid-holland",
        "city": "Rotterdam",
        "website": "https://www.rotterdam.nl",
        "email_domains": ["rotterdam.nl"],
        "primary_processes": (
            "Bijstandsuitkeringen verstrekken, re-integratie naar werk organiseren en "
            "armoede- en schuldenregelingen uitvoeren voor inwoners van Rotterdam."
        ),
        "ambitions": (
            "Meer Rotterdammers vanuit een uitkering naar werk helpen en daarbij "
            "samenwerken met landelijke uitvoerders in de keten van werk en inkomen."
        ),
        "description": (
            "De dienst Sociale Zaken en Werkgelegenheid van de gemeente Rotterdam was de "
            "enige gemeentelijke deelnemer aan de Rijksbrede Benchmark Groep. Daarmee bracht "
            "de dienst het lokale perspectief in een netwerk van vooral rijksuitvoerders."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Wat kunnen gemeentelijke en landelijke uitvoerders van elkaar leren over re-integratie?",
                "body": (
                    "Wij werken met dezelfde mensen als landelijke uitvoerders, maar vanuit een "
                    "andere opdracht. Wij willen aanpakken vergelijken en gezamenlijke klanten beter helpen."
                ),
                "themes": ["lerend-vermogen", "netwerksamenwerking"],
            },
        ],
    },
    {
        "name": "Dienst Justitiële Inrichtingen (DJI)",
        "slug": "dji",
        "organisation_type": "uitvoeringsorganisatie",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Justitie en rechtspraak",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "https://www.dji.nl",
        "email_domains": ["dji.nl"],
        "primary_processes": (
            "Uitvoeren van vrijheidsbenemende straffen en maatregelen in penitentiaire "
            "inrichtingen, justitiële jeugdinrichtingen en tbs-klinieken."
        ),
        "ambitions": (
            "Veilige detentie bieden en de kans op terugval verkleinen door goede "
            "voorbereiding op terugkeer in de samenleving."
        ),
        "description": (
            "DJI is het agentschap dat gevangenissen en andere justitiële inrichtingen "
            "beheert. Werkgeverschap en integriteit zijn in deze omgeving met veel direct "
            "contact tussen personeel en justitiabelen belangrijke onderwerpen."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe maken we morele dilemma's van medewerkers op de werkvloer bespreekbaar?",
                "body": (
                    "Personeel in inrichtingen staat dagelijks voor lastige keuzes. Wij zoeken "
                    "ervaringen met dilemmatrainingen en andere vormen van integriteitsbevordering."
                ),
                "themes": ["transparantie-en-integriteit", "werkgeverschap"],
            },
        ],
    },
    {
        "name": "Centraal Bureau Rijvaardigheidsbewijzen (CBR)",
        "slug": "cbr",
        "organisation_type": "zelfstandig_bestuursorgaan",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Mobiliteit en verkeer",
        "province": "zuid-holland",
        "city": "Rijswijk",
        "website": "https://www.cbr.nl",
        "email_domains": ["cbr.nl"],
        "primary_processes": (
            "Rijvaardigheid en rijgeschiktheid vaststellen: theorie- en praktijkexamens "
            "afnemen en medische geschiktheid beoordelen."
        ),
        "ambitions": ("Korte wachttijden voor examens en een eerlijke, uniforme beoordeling op alle examenlocaties."),
        "description": (
            "Het CBR neemt rijexamens af en beoordeelt of mensen geschikt zijn om te rijden. "
            "Binnen de RBB-Groep vormt het met de RDW een cluster van organisaties rond verkeer."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe sturen we op wachttijden zonder in te leveren op kwaliteit van het oordeel?",
                "body": (
                    "Pieken in de vraag leiden tot lange wachttijden. Wij willen leren hoe andere "
                    "organisaties capaciteit en kwaliteit tegelijk bewaken."
                ),
                "themes": ["klantorientatie", "veerkracht"],
            },
        ],
    },
    {
        "name": "Landelijk Bureau Inning Onderhoudsbijdragen (LBIO)",
        "slug": "lbio",
        "organisation_type": "zelfstandig_bestuursorgaan",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Justitie en rechtspraak",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "https://www.lbio.nl",
        "email_domains": ["lbio.nl"],
        "primary_processes": (
            "Innen van kinder- en partneralimentatie wanneer de betalingsplichtige niet "
            "betaalt, ook over de landsgrens heen."
        ),
        "ambitions": (
            "Alimentatiegerechtigden sneller aan hun geld helpen en beter samenwerken met "
            "buitenlandse zusterorganisaties."
        ),
        "description": (
            "Het LBIO is een kleine uitvoeringsorganisatie met een specialistische "
            "inningstaak. In de Rijksbrede Benchmark Groep kan het leren van grotere "
            "inners zoals de Belastingdienst en het CJIB."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe organiseren we internationale inning samen met buitenlandse partners?",
                "body": (
                    "Een deel van onze zaken speelt over de grens. Wij zoeken uitvoerders met "
                    "ervaring in samenwerking in Europa."
                ),
                "themes": ["netwerksamenwerking", "externe-kennisdeling"],
            },
        ],
    },
    {
        "name": "Rijksgebouwendienst (RGD)",
        "slug": "rgd",
        "organisation_type": "uitvoeringsorganisatie",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Wonen, ruimte en vastgoed",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "",
        "email_domains": [],
        "primary_processes": (
            "Huisvesten van rijksdiensten: gebouwen ontwikkelen, verhuren, onderhouden "
            "en beheren, waaronder monumentale rijksgebouwen."
        ),
        "ambitions": (
            "Rijksorganisaties doelmatig huisvesten en als publieke opdrachtgever een "
            "betrouwbare partner zijn voor de markt."
        ),
        "description": (
            "De Rijksgebouwendienst was ten tijde van de benchmark het agentschap voor de "
            "huisvesting van het Rijk. De taken zijn later opgegaan in het Rijksvastgoedbedrijf."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe geven we publiek opdrachtgeverschap vorm in de dialoog met de markt?",
                "body": (
                    "Wij besteden veel werk uit. Wij willen leren hoe andere opdrachtgevers, "
                    "zoals Rijkswaterstaat, de relatie met opdrachtnemers organiseren."
                ),
                "themes": ["netwerksamenwerking", "openheid"],
            },
        ],
    },
    {
        "name": "Centraal Justitieel Incassobureau (CJIB)",
        "slug": "cjib",
        "organisation_type": "uitvoeringsorganisatie",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Justitie en rechtspraak",
        "province": "friesland",
        "city": "Leeuwarden",
        "website": "https://www.cjib.nl",
        "email_domains": ["cjib.nl"],
        "primary_processes": (
            "Innen van verkeersboetes, strafbeschikkingen en andere financiële sancties, "
            "en coördineren van de tenuitvoerlegging van straffen."
        ),
        "ambitions": (
            "Sancties snel en consequent uitvoeren, met oog voor mensen die door schulden niet kunnen betalen."
        ),
        "description": (
            "Het CJIB is het incassobureau van de justitieketen, gevestigd in Leeuwarden. "
            "In de RBB-Groep deelt het een inningsproces met de Belastingdienst en het LBIO."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe onderscheiden we niet-willers van niet-kunners bij het innen?",
                "body": (
                    "Consequent innen kan mensen met schulden verder in de problemen brengen. "
                    "Wij willen met andere inners en met gemeenten ervaringen delen."
                ),
                "themes": ["klantorientatie", "maatschappelijke-betrokkenheid"],
            },
        ],
    },
    {
        "name": "Octrooicentrum Nederland",
        "slug": "octrooicentrum-nederland",
        "organisation_type": "uitvoeringsorganisatie",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Economie en ondernemen",
        "province": "zuid-holland",
        "city": "Rijswijk",
        "website": "",
        "email_domains": [],
        "primary_processes": (
            "Octrooien verlenen en registreren, en ondernemers en uitvinders voorlichten "
            "over de bescherming van hun uitvindingen."
        ),
        "ambitions": (
            "Vooral het midden- en kleinbedrijf beter bewust maken van de mogelijkheden "
            "om kennis en uitvindingen te beschermen."
        ),
        "description": (
            "Octrooicentrum Nederland is de Nederlandse octrooi-instantie en een van de "
            "kleinere deelnemers aan de Rijksbrede Benchmark Groep. Het werkt nauw samen "
            "met Europese octrooi-instanties."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe bereiken we ondernemers die niet weten dat zij ons nodig hebben?",
                "body": (
                    "Veel ondernemers kennen onze diensten niet. Wij willen leren van "
                    "organisaties die succesvol voorlichten aan een moeilijk bereikbare doelgroep."
                ),
                "themes": ["klantorientatie", "externe-kennisdeling"],
            },
        ],
    },
    {
        "name": "Nuffic",
        "slug": "nuffic",
        "organisation_type": "uitvoeringsorganisatie",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Onderwijs",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "https://www.nuffic.nl",
        "email_domains": ["nuffic.nl"],
        "primary_processes": (
            "Uitvoeren van programma's voor internationalisering van het onderwijs, "
            "waaronder beurzen en het waarderen van buitenlandse diploma's."
        ),
        "ambitions": (
            "Internationale samenwerking in het onderwijs makkelijker maken en de "
            "waardering van diploma's sneller en transparanter laten verlopen."
        ),
        "description": (
            "Nuffic is de organisatie voor internationalisering in het Nederlandse onderwijs. "
            "Door zijn internationale werkveld is het een natuurlijke deelnemer aan het "
            "RBB-thema samenwerking in Europa."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe organiseren we samenwerking in Europa als uitvoeringsorganisatie?",
                "body": (
                    "Wij werken veel met zusterorganisaties in andere landen. Wij willen met "
                    "andere RBB-deelnemers een aanpak voor Europese samenwerking ontwikkelen."
                ),
                "themes": ["netwerksamenwerking", "externe-kennisdeling"],
            },
        ],
    },
    {
        "name": "Raad voor Rechtsbijstand",
        "slug": "raad-voor-rechtsbijstand",
        "organisation_type": "zelfstandig_bestuursorgaan",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Justitie en rechtspraak",
        "province": "utrecht",
        "city": "Utrecht",
        "website": "https://www.rechtsbijstand.nl",
        "email_domains": ["rechtsbijstand.nl"],
        "primary_processes": (
            "Toevoegingen voor gesubsidieerde rechtsbijstand verlenen aan mensen met een "
            "laag inkomen en toezien op de kwaliteit van die rechtsbijstand."
        ),
        "ambitions": (
            "Aanvragen snel afhandelen en mensen met een juridisch probleem op de juiste "
            "plek in het stelsel laten uitkomen."
        ),
        "description": (
            "De Raad voor Rechtsbijstand zorgt dat ook mensen met weinig geld juridische hulp "
            "kunnen krijgen. Binnen de RBB-Groep hoort hij bij de organisaties uit het "
            "justitiedomein."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe verkorten we de doorlooptijd van aanvragen zonder kwaliteitsverlies?",
                "body": (
                    "Advocaten en burgers wachten op onze beslissingen. Wij willen vergelijken "
                    "hoe andere uitvoerders hun doorlooptijden beheersen."
                ),
                "themes": ["lerend-vermogen", "klantorientatie"],
            },
        ],
    },
    {
        "name": "Rechtbank Breda",
        "slug": "rechtbank-breda",
        "organisation_type": "overig",
        "government_layer": "regionaal",
        "staff_count": None,
        "policy_domain": "Justitie en rechtspraak",
        "province": "noord-brabant",
        "city": "Breda",
        "website": "",
        "email_domains": [],
        "primary_processes": (
            "Rechtspreken in civiele zaken, strafzaken en bestuursrechtelijke zaken in het "
            "arrondissement, en de griffie- en zittingsprocessen organiseren."
        ),
        "ambitions": ("Zaken tijdig afhandelen en procespartijen duidelijk informeren over de stand van hun zaak."),
        "description": (
            "Rechtbank Breda was ten tijde van de benchmark de rechtbank voor het "
            "arrondissement Breda en de enige rechtbank in de Rijksbrede Benchmark Groep. "
            "De rechtbank is later opgegaan in de Rechtbank Zeeland-West-Brabant."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Wat kan een rechtbank leren van uitvoeringsorganisaties over klantgerichtheid?",
                "body": (
                    "Rechtzoekenden willen weten waar zij aan toe zijn. Wij willen met andere "
                    "RBB-deelnemers bekijken welke servicenormen ook bij een rechtbank passen."
                ),
                "themes": ["klantorientatie", "lerend-vermogen"],
            },
        ],
    },
    {
        "name": "Kamer van Koophandel Utrecht",
        "slug": "kvk-utrecht",
        "organisation_type": "zelfstandig_bestuursorgaan",
        "government_layer": "regionaal",
        "staff_count": None,
        "policy_domain": "Economie en ondernemen",
        "province": "utrecht",
        "city": "Utrecht",
        "website": "",
        "email_domains": [],
        "primary_processes": (
            "Het handelsregister bijhouden voor ondernemingen in de regio en startende en "
            "gevestigde ondernemers voorlichten."
        ),
        "ambitions": (
            "Inschrijven en wijzigen in het handelsregister eenvoudig maken en ondernemers "
            "met gerichte informatie verder helpen."
        ),
        "description": (
            "De Kamer van Koophandel Utrecht was ten tijde van de benchmark een van de "
            "regionale kamers. De regionale kamers zijn later samengevoegd tot één "
            "landelijke Kamer van Koophandel."
        ),
        "groups": ["rbb"],
        "learning_questions": [
            {
                "title": "Hoe houden we een register actueel als ondernemers wijzigingen niet doorgeven?",
                "body": (
                    "De waarde van het handelsregister hangt af van actuele gegevens. Wij willen "
                    "leren van andere registerhouders zoals het Kadaster en de RDW."
                ),
                "themes": ["lerend-vermogen", "netwerksamenwerking"],
            },
        ],
    },
    # ======================================================================
    # Finalists of the Beste Overheidsorganisatie van het Jaar 2014-2017
    # (seed 002). Rijkswaterstaat and Staatsbosbeheer are also RBB members.
    # Years: 2014 had four finalists, 2015-2017 three each (seed 002).
    # ======================================================================
    # ---- 2014 -----------------------------------------------------------
    {
        "name": "Jeugdbescherming Regio Amsterdam",
        "slug": "jeugdbescherming-regio-amsterdam",
        "organisation_type": "zelfstandig_bestuursorgaan",
        "government_layer": "regionaal",
        "staff_count": 450,
        "policy_domain": "Jeugd en zorg",
        "province": "noord-holland",
        "city": "Amsterdam",
        "website": "https://www.jeugdbescherming.nl",
        "email_domains": ["jeugdbescherming.nl"],
        "primary_processes": (
            "Uitvoeren van jeugdbescherming en jeugdreclassering voor gezinnen waar de "
            "veiligheid van kinderen ernstig in het geding is, in opdracht van de gemeenten in de regio."
        ),
        "ambitions": (
            "Ieder kind veilig laten opgroeien, met één gezinsmanager en één plan per gezin, "
            "en de effecten van die werkwijze op lange termijn aantonen."
        ),
        "description": (
            "Jeugdbescherming Regio Amsterdam werkte in 2014 voor een regio van 16 gemeenten en "
            "ondersteunde bijna 4.000 gezinnen met ruim 10.000 kinderen. De organisatie "
            "veranderde haar werkwijze ingrijpend rond de missie 'ieder kind veilig'."
        ),
        "finalist_years": [2014],
        "seed_metadata": {
            "aantal_medewerkers": "450",
            "domein": "Zorg en veiligheid (van het kind)",
            "bestuurslaag": "Regionaal",
            "type_organisatie": "Zelfstandig bestuursorgaan",
            "website": "www.jeugdbescherming.nl",
        },
        "case_summary": (
            "Vroegtijdige uitval van cliënten, te weinig steun voor het hele gezin en niet "
            "altijd de beste interventies waren voor Jeugdbescherming Regio Amsterdam "
            "aanleiding om het roer om te gooien. Onder de missie 'ieder kind veilig' kwam er "
            "een gezins- en systeemgerichte aanpak: één gezinsmanager stelt met het gezin één "
            "plan op, in de eigen woorden van het gezin. Het aantal ondertoezichtstellingen "
            "daalde met 50% en het aantal gedwongen uithuisplaatsingen met 60%, terwijl "
            "landelijk een daling van 3% te zien was. Door van zeven kantoorpanden naar één te "
            "gaan werd 20% op de kosten bespaard; dat geld ging naar meer tijd voor gezinnen."
        ),
        "case_themes": {
            "openheid": (
                "De organisatie legt op haar website verantwoording af over onder meer kosten, "
                "kwaliteit, samenwerking en resultaten."
            ),
            "intern-leervermogen": (
                "De nieuwe werkwijze ontstond zowel van onderop als van bovenaf en staat nog "
                "steeds ter discussie. De directie gaat zelf mee in de praktijk om samen met "
                "medewerkers te zien wat beter kan."
            ),
            "werkgeverschap": (
                "Alles is erop ingericht dat medewerkers vanuit huis direct naar een gezin kunnen: "
                "lockers, laptops, smartphones, OV-chipkaart en auto's die klaarstaan. Medewerkers "
                "besteden meer tijd aan gezinnen en het ziekteverzuim daalde."
            ),
            "veerkracht": (
                "Als antwoord op de gesignaleerde problemen werd in 2014 een diepgaande verandering "
                "van werkwijze en cultuur doorgevoerd, met grote prestatieverbetering en meer "
                "tevreden medewerkers als resultaat."
            ),
            "maatschappelijke-betrokkenheid": (
                "Omdat de hulp nu voortbouwt op wat het gezin en zijn omgeving zelf kunnen, staan "
                "gezinnen er meer voor open."
            ),
            "netwerksamenwerking": (
                "Vanaf 1 januari 2015 gelden contracten met alle 16 gemeenten in het werkgebied. "
                "De organisatie werkt nauw samen met lokale wijkteams, de Raad voor de "
                "Kinderbescherming, politie, justitie en de gemeente Amsterdam."
            ),
            "externe-kennisdeling": (
                "De langetermijneffecten worden onderzocht met de Hogeschool van Amsterdam, de "
                "Universiteit van Amsterdam en de Vrije Universiteit; kennis wordt gedeeld via een "
                "eigen Jeugdbescherming Akademie, werkbezoeken en contacten in onder meer "
                "Denemarken en de Verenigde Staten."
            ),
            "innovatie": (
                "Het 'gezin eerst'-principe leidde tot een vernieuwde werkwijze én een nieuwe "
                "werkplek die die werkwijze ondersteunt, wat zowel kosten bespaarde als de "
                "kwaliteit verbeterde."
            ),
        },
        "lessons": (
            "Een scherpe, gedeelde missie kan een hele organisatie in beweging brengen. "
            "Besparingen op huisvesting en overhead kunnen direct terugvloeien naar het "
            "primaire proces, en de decentralisaties bleken hier eerder een kans dan een bedreiging."
        ),
        "groups": ["finalist"],
        "learning_questions": [
            {
                "title": "Hoe tonen we de effecten van onze gezinsgerichte werkwijze op lange termijn aan?",
                "body": (
                    "De eerste resultaten zijn veelbelovend, maar de echte toets ligt jaren later. "
                    "Wij zoeken organisaties die ervaring hebben met langlopend effectonderzoek samen "
                    "met kennisinstellingen."
                ),
                "themes": ["lerend-vermogen", "externe-kennisdeling"],
            },
        ],
    },
    {
        "name": "Hoogheemraadschap Hollands Noorderkwartier (HHNK)",
        "slug": "hhnk",
        "organisation_type": "waterschap",
        "government_layer": "regionaal",
        "staff_count": 835,
        "policy_domain": "Water en infrastructuur",
        "province": "noord-holland",
        "city": "Heerhugowaard",
        "website": "https://www.hhnk.nl",
        "email_domains": ["hhnk.nl"],
        "primary_processes": (
            "Waterbeheer in Noord-Holland boven het Noordzeekanaal: bescherming tegen "
            "overstromingen, voorkomen van wateroverlast en watertekort, zorgen voor schoon "
            "oppervlaktewater en veilige (vaar)wegen."
        ),
        "ambitions": (
            "Meer van buiten naar binnen werken en de regio samen met belanghebbenden "
            "voorbereiden op de gevolgen van klimaatverandering."
        ),
        "description": (
            "HHNK ontstond in 2003 uit een fusie van zes waterschappen en hun belastingkantoor. "
            "Het waterschap veranderde van een introverte, technische organisatie in een "
            "organisatie die de dialoog met de omgeving zoekt."
        ),
        "finalist_years": [2014],
        "seed_metadata": {
            "aantal_medewerkers": "835",
            "domein": "Milieu, ruimte en water",
            "bestuurslaag": "Regionaal",
            "type_organisatie": "Waterschap",
            "website": "www.hhnk.nl",
        },
        "case_summary": (
            "HHNK stond lang bekend als deskundig maar naar binnen gericht. Het waterschap koos "
            "daarom voor een grote maatschappelijke dialoog over de toekomst van de delta, die "
            "uitmondde in een regionale Deltavisie en een Waterprogramma waarover het bestuur "
            "eind 2014 besloot. Meer dan driehonderd belanghebbenden reageerden op de uitnodiging "
            "en de Deltacommissaris noemde het een voorbeeld van regionale participatie. Intern "
            "liep tegelijk een 'leerjaar' waarin nieuwe rollen en werkprocessen werden ingeoefend."
        ),
        "case_themes": {
            "openheid": (
                "Met een brede maatschappelijke dialoog, met ruimte voor dilemma's en alternatieven, "
                "brak HHNK met zijn introverte imago. Belanghebbenden wilden daarna ook meedenken "
                "over het waterbeheerplan 2016-2021."
            ),
            "intern-leervermogen": (
                "De directie richtte een leerjaar in met een doorlopende dialoog tussen directie, "
                "managers en medewerkers, ondersteund door een vast team uit verschillende afdelingen."
            ),
            "werkgeverschap": (
                "Vanuit het idee dat de medewerkers de organisatie zijn, ging HHNK van een "
                "hiërarchische piramide naar een organisatie waarin iedereen kan meedenken over beleid."
            ),
            "veerkracht": (
                "Na de fusie van 2003 moesten zes organisatieculturen één worden; die omvorming "
                "bereikte in 2014 een hoogtepunt met het Waterprogramma."
            ),
            "maatschappelijke-betrokkenheid": (
                "HHNK kiest voor flexibele en duurzame oplossingen, zoals een zandige "
                "kustversterking tussen Callantsoog en Petten, en zoekt naar manieren om "
                "maatschappelijke impact meetbaar te maken."
            ),
            "netwerksamenwerking": (
                "Burgers, natuurorganisaties, de landbouw en andere overheden werken mee aan "
                "onderdelen van het Waterprogramma."
            ),
            "externe-kennisdeling": (
                "Kennisuitwisseling met partners en samenleving ziet HHNK als voorwaarde om zijn "
                "maatschappelijke rol te vervullen; de dialoog is daarom blijvend."
            ),
            "innovatie": (
                "De maatschappelijke dialoog is zelf de bron van vernieuwing. In 2014 won HHNK "
                "een Waterinnovatieprijs voor het educatieprogramma 'De Poepfabriek'."
            ),
        },
        "lessons": (
            "Een technische organisatie kan haar rol in de samenleving vernieuwen door "
            "belanghebbenden vroeg en echt te laten meedenken. Externe dialoog werkt het best "
            "als tegelijk intern ruimte wordt gemaakt om te leren."
        ),
        "groups": ["finalist"],
        "learning_questions": [
            {
                "title": "Hoe maken we de maatschappelijke impact van waterbeheer meetbaar?",
                "body": (
                    "Wij willen ons verantwoorden over meer dan kosten en techniek. Welke organisaties "
                    "hebben maatschappelijke effecten zichtbaar gemaakt voor bestuur en inwoners?"
                ),
                "themes": ["openheid", "maatschappelijke-betrokkenheid"],
            },
        ],
    },
    {
        "name": "Rijkswaterstaat (RWS)",
        "slug": "rijkswaterstaat",
        "organisation_type": "uitvoeringsorganisatie",
        "government_layer": "nationaal",
        "staff_count": 8800,
        "policy_domain": "Water en infrastructuur",
        "province": "utrecht",
        "city": "Utrecht",
        "website": "https://www.rijkswaterstaat.nl",
        "email_domains": ["rijkswaterstaat.nl", "rws.nl"],
        "primary_processes": (
            "Beheer, onderhoud en ontwikkeling van de rijkswegen, hoofdvaarwegen en het "
            "hoofdwatersysteem, verkeersmanagement en het leveren van betrouwbare informatie "
            "over wegen en vaarwegen."
        ),
        "ambitions": (
            "Een veilig, leefbaar en bereikbaar Nederland met duurzame en vernieuwende "
            "oplossingen, en een organisatie die als één eenheid verbindend samenwerkt met "
            "burgers, overheden en markt."
        ),
        "description": (
            "Rijkswaterstaat beheert wegen en water en geniet daarin internationaal een sterke reputatie. Het is lid van de Rijksbrede Benchmark Groep en "
            "was in 2014 finalist van de verkiezing Beste Overheidsorganisatie."
        ),
        "finalist_years": [2014],
        "seed_metadata": {
            "aantal_medewerkers": "8.800",
            "domein": "Veiligheid, leefbaarheid en bereikbaarheid",
            "bestuurslaag": "Uitvoeringsorganisatie (Regiogericht en landelijk aangestuurd)",
            "type_organisatie": "uitvoeringsorganisatie",
            "website": "www.rijkswaterstaat.nl",
        },
        "case_summary": (
            "Tussen 2011 en 2016 werden 7.900 medewerkers van Rijkswaterstaat herplaatst in een "
            "procesgerichte organisatie die flexibeler moest inspelen op de samenleving. De "
            "werkhouding 'KR8' vraagt medewerkers verspilling uit processen te halen en "
            "leidinggevenden om tussen de mensen op de werkvloer te staan. In 2014 leidde "
            "Rijkswaterstaat als crisis- en verkeersmanager het verkeer rond de Nuclear Security "
            "Summit in Den Haag in goede banen. Het programma 'Ruimte voor de Rivier' geldt als "
            "kenmerkend voorbeeld van duurzame samenwerking met gemeenten, provincies en waterschappen."
        ),
        "case_themes": {
            "openheid": (
                "Klachten en tips van burgers gaan direct naar operationele medewerkers, en op "
                "jaarlijkse marktdagen gaat Rijkswaterstaat in gesprek met opdrachtnemers over "
                "zijn opdrachtgeverschap."
            ),
            "intern-leervermogen": (
                "Er is ruimte om te leren van oplossingen uit de praktijk. Publieksfeedback en "
                "tevredenheidsonderzoek worden maandelijks en jaarlijks vertaald in verbeterpunten per netwerk."
            ),
            "werkgeverschap": (
                "Medewerkers en management oordeelden in 2014, midden in de grote reorganisatie, gunstig "
                "over de aanpak en de ondersteuning; het ziekteverzuim bleef laag."
            ),
            "veerkracht": (
                "Rijkswaterstaat verschuift van regie op de uitvoering naar ondersteuning van het "
                "inrichtingsproces, zodat burgers en andere overheden actiever meedoen, en speelt in "
                "op klimaatverandering."
            ),
            "maatschappelijke-betrokkenheid": (
                "Rijkswaterstaat wil een klantgerichte overheid zijn en laat bewoners en maatschappelijke "
                "partners volop meepraten over plannen voor hun omgeving."
            ),
            "netwerksamenwerking": (
                "Bij de Nuclear Security Summit in 2014 werkte Rijkswaterstaat nauw samen met "
                "andere overheden aan een van de meest complexe verkeersoperaties ooit in Nederland."
            ),
            "externe-kennisdeling": (
                "Rijkswaterstaat bouwt aan een open samenwerkingscultuur waarin kennis uit de "
                "praktijk wordt gedeeld en benut."
            ),
            "innovatie": (
                "Innovatie ontstaat vooral in samenwerking. Met de RWS-Innovatieagenda van november "
                "2014 maakt Rijkswaterstaat duidelijk bij welke vraagstukken tot 2020 hulp van "
                "bedrijven en kennisinstellingen nodig is."
            ),
        },
        "lessons": (
            "Ook een zeer grote organisatie kan ingrijpend veranderen als medewerkers goed "
            "worden ondersteund. Een openbare innovatieagenda helpt partners hun eigen "
            "investeringen af te stemmen op de vragen van de overheid."
        ),
        "groups": ["rbb", "finalist"],
        "learning_questions": [
            {
                "title": "Hoe blijft een procesgerichte werkhouding levend na een grote reorganisatie?",
                "body": (
                    "KR8 vraagt van medewerkers en leidinggevenden een andere houding. Wij willen met "
                    "andere grote uitvoerders ervaringen uitwisselen over het borgen van zo'n cultuuromslag."
                ),
                "themes": ["leiderschap", "intern-leervermogen"],
            },
            {
                "title": "Hoe organiseren we innovatie samen met de markt?",
                "body": (
                    "Met de innovatieagenda vragen wij bedrijven en kennisinstellingen om mee te denken. "
                    "Welke afspraken over risico's en eigendom werken in de praktijk?"
                ),
                "themes": ["innovatie", "netwerksamenwerking"],
            },
        ],
    },
    {
        "name": "Gemeente Zaanstad",
        "slug": "gemeente-zaanstad",
        "organisation_type": "gemeente",
        "government_layer": "lokaal",
        "staff_count": 1200,
        "policy_domain": "Gemeentelijke dienstverlening",
        "province": "noord-holland",
        "city": "Zaandam",
        "website": "https://www.zaanstad.nl",
        "email_domains": ["zaanstad.nl"],
        "primary_processes": (
            "Alle gemeentelijke taken voor ruim 153.000 inwoners: dienstverlening, sociaal "
            "domein, openbare ruimte, veiligheid en de fysieke ontwikkeling van de stad."
        ),
        "ambitions": (
            "Een wendbare, lerende organisatie zijn die leert door te doen, met de samenleving "
            "als vertrekpunt van haar handelen."
        ),
        "description": (
            "Zaanstad is met ruim 153.000 inwoners de zestiende gemeente van Nederland. De "
            "gemeente werkt met één algemene dienst en concernsturing, zodat de structuur kan "
            "meebewegen met de opgaven."
        ),
        "finalist_years": [2014],
        "seed_metadata": {
            "aantal_medewerkers": "circa 1200",
            "domein": "Gemeente",
            "bestuurslaag": "Lokaal",
            "type_organisatie": "Gemeente",
            "website": "www.zaanstad.nl",
        },
        "case_summary": (
            "Zaanstad werkt vanuit het motto dat je niet in blauwdrukken denkt maar leert door "
            "te doen. De gemeente vernieuwde het stadshart en bereidde zich voortvarend voor op de "
            "decentralisaties in het sociale domein. Intern zijn er één algemene dienst, een "
            "programma voor inspirerend leiderschap en de Zaanlabs, waar collega's experimenten "
            "en dilemma's uitwisselen. Met de communicatiemethodiek 'Op z'n Zaans' (2013) neemt "
            "de organisatie de samenleving als uitgangspunt."
        ),
        "case_themes": {
            "openheid": (
                "Communicatie is voor Zaanstad de brug tussen wat inwoners verwachten en wat de gemeente "
                "wil bereiken; daarvoor ontwikkelde Zaanstad in 2013 'Op z'n Zaans' en gebruikt het "
                "instrumenten als de omgevingsanalyse."
            ),
            "intern-leervermogen": (
                "Leren gebeurt in het werk: via het programma inspirerend leiderschap, de Zaanlabs "
                "als intern platform en het traject 'Goed Werk', waarin medewerkers samen bepalen "
                "wat goed werk is."
            ),
            "werkgeverschap": (
                "Medewerkers worden steeds vaker verbinder en procesbegeleider; het Strategisch "
                "opleidingsplan (2014) ondersteunt die ontwikkeling, met aandacht voor wederzijds "
                "commitment en afwisseling in het werk."
            ),
            "veerkracht": (
                "Onderzoek laat zien dat Zaanstad voldoende buffer heeft voor externe schokken en "
                "relatief flexibel is, wat onder meer blijkt uit de hoge interne doorstroom bij vacatures."
            ),
            "maatschappelijke-betrokkenheid": (
                "Zaanstad koopt maatschappelijk verantwoord in, hanteert een social return-norm en "
                "spoort andere werkgevers aan hetzelfde te doen. Van de leidinggevenden is 42% vrouw, "
                "tegen 28% in vergelijkbare gemeenten."
            ),
            "netwerksamenwerking": (
                "Partners denken mee over de programmabegroting, zoals bij die van 2015. De "
                "samenwerking met Amsterdam op integriteitsbeleid geldt als goed voorbeeld."
            ),
            "externe-kennisdeling": (
                "Zaanstad deelt onder meer zijn ervaring met duurzaam inkopen met andere gemeenten "
                "en laat anderen graag in de keuken kijken."
            ),
            "innovatie": (
                "De vernieuwing van het stadshart, de voorbereiding op de decentralisaties, 'Op z'n "
                "Zaans' en de Zaanlabs laten zien dat de gemeente met lef vernieuwt."
            ),
        },
        "lessons": (
            "Een eenvoudige organisatiestructuur met concernsturing maakt een gemeente wendbaar. "
            "Een intern platform waar medewerkers experimenten en dilemma's delen, versterkt het "
            "leren in het werk."
        ),
        "groups": ["finalist", "vgs"],
        "learning_questions": [
            {
                "title": "Hoe schalen we experimenten uit de Zaanlabs op naar de hele organisatie?",
                "body": (
                    "Veel goede ideeën blijven in één team hangen. Wij zoeken organisaties die een "
                    "werkwijze hebben om geslaagde experimenten breder in te voeren."
                ),
                "themes": ["intern-leervermogen", "innovatie"],
            },
        ],
    },
    # ---- 2015 -----------------------------------------------------------
    {
        "name": "Centraal Bureau voor de Statistiek (CBS)",
        "slug": "cbs",
        "organisation_type": "zelfstandig_bestuursorgaan",
        "government_layer": "nationaal",
        "staff_count": 2000,
        "policy_domain": "Registratie en informatie",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "https://www.cbs.nl",
        "email_domains": ["cbs.nl"],
        "primary_processes": (
            "Betrouwbare en samenhangende statistische informatie maken en publiceren, voor "
            "Nederland en als bijdrage aan de Europese statistiek."
        ),
        "ambitions": (
            "Maatschappelijke waarde creëren door statistiek sneller, actueler en beter vindbaar "
            "bij het publiek te brengen."
        ),
        "description": (
            "Het CBS levert de officiële statistieken van Nederland, over onderwerpen van "
            "economische groei tot criminaliteit en vrije tijd. Het ontwikkelde zich van een "
            "naar binnen gekeerde organisatie tot een innovatieve, naar buiten gerichte organisatie."
        ),
        "finalist_years": [2015],
        "seed_metadata": {
            "aantal_medewerkers": "circa 2000",
            "domein": "Statistiek",
            "bestuurslaag": "Landelijk",
            "type_organisatie": "Zelfstandig bestuursorgaan",
            "website": "www.cbs.nl",
        },
        "case_summary": (
            "Het CBS wil dat zijn grote hoeveelheid informatie de mensen ook echt bereikt. Daarom "
            "bouwde het een eigen nieuwsorganisatie, stelt het alle cijfers gratis beschikbaar via "
            "StatLine en lanceerde het medio 2014 een open dataportaal met bijna 4.000 datasets. "
            "Om opgelegde taakstellingen voor 2014-2018 op te vangen, voerde het CBS Lean Six Sigma "
            "in, met circa 60 verbeterprojecten in één jaar. In 2015 publiceerde het als eerste "
            "statistiekbureau officiële verkeersstatistieken op basis van big data."
        ),
        "case_themes": {
            "openheid": (
                "Een eigen nieuwsorganisatie, gratis cijfers op de website en via StatLine, open data "
                "en sociale media; het aantal volgers op Twitter groeide in een jaar tot meer dan 100.000."
            ),
            "intern-leervermogen": (
                "Medewerkers zijn sterk betrokken bij verbeterprojecten, het CBS doet onderzoek met "
                "universiteiten en haalt talent binnen via stages en afstudeerprojecten."
            ),
            "werkgeverschap": (
                "Medewerkers waarderen het CBS als werkgever al jaren met gemiddeld een 7,1 en zien het "
                "als een betrouwbare, professionele en open werkgever."
            ),
            "veerkracht": (
                "Na eerdere efficiencyprojecten sinds 2004 koos het CBS in 2014 voor organisatiebrede "
                "invoering van Lean Six Sigma om nieuwe taakstellingen op te vangen."
            ),
            "maatschappelijke-betrokkenheid": (
                "Het CBS stemt zijn cijfers af op onderwerpen die in de samenleving spelen en presenteert "
                "ze in samenhang, als basis voor het publieke debat."
            ),
            "netwerksamenwerking": (
                "Samenwerking met bedrijven en overheden leidt tot gezamenlijke publicaties en nieuwe "
                "methoden; bedrijven bouwen apps op de open data van het CBS."
            ),
            "externe-kennisdeling": (
                "Het CBS deelt kennis met overheden, wetenschap, media en bedrijfsleven, en internationaal "
                "via technische assistentie, bijvoorbeeld bij milieu- en kapitaalstatistieken in Rwanda."
            ),
            "innovatie": (
                "Het CBS baseert de volkstelling al decennia op bestaande registers in plaats van een "
                "traditionele telling, en maakte in 2015 als eerste officiële verkeersstatistieken met big data."
            ),
        },
        "lessons": (
            "Openheid is meer dan publiceren: informatie moet actief en begrijpelijk naar de gebruiker "
            "worden gebracht. Kleine, organisatiebrede verbeterprojecten helpen bezuinigingen op te "
            "vangen zonder in te leveren op kwaliteit."
        ),
        "groups": ["finalist"],
        "learning_questions": [
            {
                "title": "Hoe zetten we open data om in echte maatschappelijke waarde?",
                "body": (
                    "Wij stellen duizenden datasets open beschikbaar. Welke organisaties weten hoe je "
                    "gebruikers helpt om er betekenisvolle toepassingen mee te maken?"
                ),
                "themes": ["openheid", "externe-kennisdeling"],
            },
        ],
    },
    {
        "name": "Fiscale Inlichtingen- en Opsporingsdienst (FIOD)",
        "slug": "fiod",
        "organisation_type": "uitvoeringsorganisatie",
        "government_layer": "nationaal",
        "staff_count": 1250,
        "policy_domain": "Belastingen en financiën",
        "province": "utrecht",
        "city": "Utrecht",
        "website": "https://www.fiod.nl",
        "email_domains": ["fiod.nl"],
        "primary_processes": (
            "Opsporen en bestrijden van financieel-economische fraude, belastingfraude en "
            "witteboordencriminaliteit: onderzoek starten op basis van signalen, bewijs "
            "verzamelen en verdachten voor de rechter brengen."
        ),
        "ambitions": (
            "Ervoor zorgen dat misdaad niet loont: opsporing met zoveel mogelijk effect, samenwerking "
            "die aansluit bij de omgeving en het afnemen van crimineel vermogen, gesteund door "
            "professionele ruimte, digitale opsporing en een lerende organisatie."
        ),
        "description": (
            "De FIOD is de opsporingsdienst voor fiscale en financieel-economische fraude. De dienst "
            "onderscheidt zich door een sterke focus op leiderschap, dat ruimte geeft aan "
            "experimenten van medewerkers."
        ),
        "finalist_years": [2015],
        "seed_metadata": {
            "aantal_medewerkers": "ca. 1250",
            "domein": "Veiligheid, financiën en economie",
            "bestuurslaag": "Nationaal",
            "type_organisatie": "Uitvoeringsorganisatie",
            "website": "www.fiod.nl",
        },
        "case_summary": (
            "De FIOD stimuleert medewerkers om risico te nemen, te experimenteren en daarbij ook te "
            "mogen falen. Een voorbeeld is de 'Knock and Talk'-aanpak, waarbij de dienst fraudeurs "
            "aanspreekt om verdere fraude te voorkomen. Goede ideeën worden kortcyclisch als pilot "
            "getest, zoals het project 'Watchdogs' waarin zes rechercheurs drie maanden lang twee "
            "dagen per week nieuwe onderzoeken genereerden. Een coördinator innovatie met eigen budget "
            "geeft experimenten ruimte binnen de grenzen van een opsporingsdienst."
        ),
        "case_themes": {
            "openheid": (
                "Via het project 'Trendwatching' schrijven bloggers van binnen en buiten over trends in "
                "opsporing; de blogs verschijnen op de website en app die in 2015 zijn gelanceerd."
            ),
            "intern-leervermogen": (
                "Nieuwe methoden en technologie worden uitgeprobeerd zonder zekerheid van succes, "
                "zodat de dienst leert wat beter kan."
            ),
            "werkgeverschap": (
                "Leiders denken mee over strategie, coachen en sturen op resultaat, en geven "
                "medewerkers vertrouwen. Werk wordt thematisch in plaats van per team georganiseerd."
            ),
            "veerkracht": (
                "Het management zoekt hoe de dienst meegroeit met digitalisering, bijvoorbeeld met "
                "opsporingsapps, en trekt daarmee ook young professionals aan."
            ),
            "maatschappelijke-betrokkenheid": (
                "Fraude heeft altijd slachtoffers; de bestrijding ervan dient daarom niet alleen de "
                "schatkist maar ook de samenleving."
            ),
            "netwerksamenwerking": (
                "De FIOD werkt aan proactieve samenwerking in de toezicht- en handhavingsketen, onder meer "
                "met 'Innovation in a day' over cybercrime, witwassen en forensisch onderzoek. Anoniem "
                "melden is makkelijker gemaakt."
            ),
            "externe-kennisdeling": (
                "De FIOD wil problemen samen met anderen oplossen en wisselt daarom kennis en aanpakken "
                "uit in een breed netwerk."
            ),
            "innovatie": (
                "Ondernemerschap en initiatief worden beloond: ideeën worden circa drie maanden als "
                "pilot getest en daarna geëvalueerd, zoals bij het project 'Watchdogs'."
            ),
        },
        "lessons": (
            "Ruimte om te experimenteren vraagt om leiderschap dat vertrouwen geeft en om een "
            "duidelijke route van pilot naar besluit. Een klein innovatiebudget helpt ideeën te "
            "testen binnen financiële grenzen."
        ),
        "groups": ["finalist"],
        "learning_questions": [
            {
                "title": "Hoe bepalen we wanneer een geslaagde pilot wordt opgeschaald?",
                "body": (
                    "Wij testen veel ideeën kortcyclisch, maar opschalen stuit op budget en de grenzen "
                    "van een opsporingsdienst. Hoe maken andere organisaties die afweging?"
                ),
                "themes": ["innovatie", "leiderschap"],
            },
        ],
    },
    {
        "name": "Avri",
        "slug": "avri",
        "organisation_type": "samenwerkingsverband",
        "government_layer": "regionaal",
        "staff_count": 325,
        "policy_domain": "Landbouw, natuur en milieu",
        "province": "gelderland",
        "city": "Geldermalsen",
        "website": "https://www.avri.nl",
        "email_domains": ["avri.nl"],
        "primary_processes": (
            "Inzamelen en verwerken van huishoudelijk afval en grondstoffen voor de deelnemende "
            "gemeenten, afvalbeleid ontwikkelen en handhaven, en voor een deel van de gemeenten "
            "de openbare ruimte beheren."
        ),
        "ambitions": (
            "Met inwoners zorgen voor een Rivierenland dat schoon, heel en veilig is, en dat op een "
            "doelmatige, sociale en duurzame manier."
        ),
        "description": (
            "Tien gemeenten in Regio Rivierenland werken samen in Avri, dat "
            "de afvalinzameling bij ongeveer 94.000 huishoudens. Sinds 2012 beheert Avri voor vier "
            "van die gemeenten ook de openbare ruimte."
        ),
        "finalist_years": [2015],
        "seed_metadata": {
            "aantal_medewerkers": "circa 325",
            "domein": "Milieu en Ruimtebeheer",
            "bestuurslaag": "Regionaal",
            "type_organisatie": "Gemeentelijk samenwerkingsverband",
            "website": "www.avri.nl",
            "gemeenten": (
                "Buren, Culemborg, Geldermalsen, Lingewaal, Maasdriel, Neder-Betuwe, Neerijnen, "
                "Tiel, West Maas en Waal, Zaltbommel"
            ),
        },
        "case_summary": (
            "Een poging om Avri vanaf 2004 marktconform te laten werken strandde in 2008 op weerstand "
            "bij personeel en gemeenteraden. Daarna werkte Avri zich op van achterblijver tot "
            "koploper in de afvalbranche, met een strategisch plan dat het met de eigen medewerkers "
            "schreef en dat ambitieuze, meetbare doelen bevatte. De kosten van afvalinzameling "
            "daalden vijf jaar op rij, in totaal met 35%. Met 'Goed Scheiden Loont' steeg het "
            "hergebruik van huishoudelijk afval in 2013 van 55% naar 70%."
        ),
        "case_themes": {
            "openheid": (
                "Transparante bedrijfsvoering is een strategisch doel; als uitvoerder voor tien "
                "gemeenten besteedt Avri continu aandacht aan registratie en verantwoording."
            ),
            "intern-leervermogen": (
                "In 2013 stelde Avri een intern controleplan op om bedrijfsprocessen en de kwaliteit "
                "van (financiële) informatie kritisch te bekijken."
            ),
            "werkgeverschap": (
                "Avri investeert in duurzame inzetbaarheid met strategische personeelsplanning, "
                "opleidingen en gezondheidsmanagement. In 2015 behaalden 54 medewerkers, een kwart "
                "van het vaste personeel, een diploma op MBO 1- of 2-niveau."
            ),
            "veerkracht": (
                "Na de mislukte verzelfstandiging herstelde Avri zich door bedrijfsmatig te werken, "
                "het vertrouwen van het personeel terug te winnen en meetbare doelen te stellen als "
                "vervanging voor marktdruk."
            ),
            "maatschappelijke-betrokkenheid": (
                "In 2013 werden acht dieselwagens vervangen door wagens op biogas en in 2015 werd de basis "
                "gelegd voor een zonnepark van 10,5 hectare op een voormalige stortplaats. Het aantal plekken voor mensen "
                "met afstand tot de arbeidsmarkt groeide van drie in 2010 naar 67 in 2015."
            ),
            "netwerksamenwerking": (
                "Avri werkt als gelijkwaardige partner met gemeenten en daarnaast met verenigingen, "
                "kringloopbedrijven en marktpartijen; opbrengsten daaruit verlagen de afvalstoffenheffing."
            ),
            "externe-kennisdeling": (
                "Avri geeft voorlichting op scholen, maakt lesprogramma's en deelt kennis binnen de "
                "brancheorganisatie NVRD."
            ),
            "innovatie": (
                "Avri was een van de eerste afvalbedrijven die ook de openbare ruimte ging beheren en "
                "groeide het snelst in de branche; het project 'Goed Scheiden Loont' was het grootste in 24 jaar."
            ),
        },
        "lessons": (
            "Een crisis kan draagvlak voor verandering opleveren. Waar marktdruk ontbreekt, kunnen "
            "ambitieuze en meetbare doelen in een gezamenlijk opgesteld plan die rol overnemen; "
            "betrokken personeel is de belangrijkste succesfactor."
        ),
        "groups": ["finalist"],
        "learning_questions": [
            {
                "title": "Hoe houden we de scherpte vast zonder marktdruk?",
                "body": (
                    "Meetbare doelen hebben ons geholpen, maar na jaren van succes dreigt gewenning. "
                    "Hoe houden andere publieke bedrijven hun ambitie scherp?"
                ),
                "themes": ["veerkracht", "leiderschap"],
            },
        ],
    },
    # ---- 2016 -----------------------------------------------------------
    {
        "name": "Veiligheidsregio Rotterdam-Rijnmond (VRR)",
        "slug": "vrr",
        "organisation_type": "veiligheidsregio",
        "government_layer": "regionaal",
        "staff_count": 2200,
        "policy_domain": "Veiligheid en crisisbeheersing",
        "province": "zuid-holland",
        "city": "Rotterdam",
        "website": "https://www.vr-rr.nl",
        "email_domains": ["vr-rr.nl"],
        "primary_processes": (
            "Brandweerzorg, geneeskundige hulpverlening en risico- en crisisbeheersing in de regio "
            "Rotterdam-Rijnmond, inclusief advisering over veiligheid aan bewoners en bedrijven."
        ),
        "ambitions": (
            "Incidenten en hun gevolgen zo klein mogelijk houden door hulpdiensten, inwoners en "
            "bedrijven te laten samenwerken, volgens het uitgangspunt 'VRR-next'."
        ),
        "description": (
            "De VRR is een operationele organisatie midden in de samenleving, met een regio vol "
            "industrie en havenactiviteit. Kennisdeling en innovatie zijn kenmerkend voor de organisatie."
        ),
        "finalist_years": [2016],
        "seed_metadata": {
            "aantal_medewerkers": "2.200",
            "domein": "Veiligheid",
            "bestuurslaag": "Regionaal",
            "type_organisatie": ("Regionale organisatie voor hulp- en zorgverlening en risico- en crisisbeheersing."),
            "website": "www.vr-rr.nl",
        },
        "case_summary": (
            "De VRR werkt volgens 'VRR-next': samenwerken, kennis delen en verbinden in een open "
            "werkomgeving. De regio lanceerde in 2010 als eerste een online platform dat dag en nacht "
            "informeert en zo nodig alarmeert, en was pilotregio voor NL-Alert. De VRR hanteert het "
            "uitgangspunt dat burgers recht hebben op gelijkwaardige, niet per se gelijke brandweerzorg. "
            "In 2015 hielp de organisatie bij de crisisopvang van vluchtelingen."
        ),
        "case_themes": {
            "openheid": (
                "De VRR communiceert open over inspecties en bezoeken, informeert via het eigen online "
                "platform en geeft gemeenten en ketenpartners inzicht dankzij outputgerichte sturing."
            ),
            "intern-leervermogen": (
                "Na incidenten wordt geëvalueerd; alle branden worden onderzocht en medewerkers worden "
                "gevraagd naar hun ervaringen."
            ),
            "werkgeverschap": (
                "De VRR investeert in vakmanschap van uitvoerders én ondersteuners en in de ontwikkeling "
                "van leidinggevenden."
            ),
            "veerkracht": (
                "De VRR anticipeert op maatschappelijke ontwikkelingen en maakt differentiatie in "
                "brandweerzorg mogelijk: gelijkwaardig in plaats van gelijk."
            ),
            "maatschappelijke-betrokkenheid": (
                "Onder het motto 'Werken volgens de Bedoeling' adviseert de VRR bewoners over veilig "
                "wonen en geeft veiligheidsadvies aan kinderen, ouders en ouderen. In 2015 hielp zij bij "
                "de crisisopvang van vluchtelingen."
            ),
            "netwerksamenwerking": (
                "De VRR investeert in relaties, zodat het netwerk bij een incident meteen klaarstaat. Zij "
                "is actief in binnen- en buitenlandse netwerken, werkt nauw met de regiogemeenten samen "
                "en levert mensen voor hulpmissies in het buitenland."
            ),
            "externe-kennisdeling": (
                "Als expert in onder meer industriële veiligheid en scheepsbrandbestrijding deelt de VRR "
                "kennis via vakbladen, congressen en een eigen expertisecentrum Industriële Veiligheid."
            ),
            "innovatie": (
                "Pilotregio voor NL-Alert, een rekentool om sneller ter plaatse te zijn en kleinere "
                "voertuigconcepten voor incidenten die geen groot materieel vragen."
            ),
        },
        "lessons": (
            "Een pilot in één regio kan de basis zijn voor een landelijke voorziening. Differentiëren "
            "naar risico in plaats van iedereen hetzelfde bieden, vraagt om een heldere uitleg aan "
            "bestuur en publiek."
        ),
        "groups": ["finalist"],
        "learning_questions": [
            {
                "title": "Hoe leggen we gelijkwaardige in plaats van gelijke zorg uit aan bestuur en burgers?",
                "body": (
                    "Differentiatie in brandweerzorg is doelmatig, maar voelt voor sommigen als minder "
                    "service. Welke organisaties hebben zo'n omslag succesvol uitgelegd?"
                ),
                "themes": ["openheid", "leiderschap"],
            },
        ],
    },
    {
        "name": "Dienst Uitvoering Onderwijs (DUO)",
        "slug": "duo",
        "organisation_type": "uitvoeringsorganisatie",
        "government_layer": "nationaal",
        "staff_count": 2092,
        "policy_domain": "Onderwijs",
        "province": "groningen",
        "city": "Groningen",
        "website": "https://www.duo.nl",
        "email_domains": ["duo.nl"],
        "primary_processes": (
            "Onderwijsdeelnemers en onderwijsinstellingen financieren en informeren, en examens "
            "organiseren, waaronder studiefinanciering voor zo'n 700.000 studenten."
        ),
        "ambitions": (
            "Beleid van de grote getallen vertalen naar maatwerk voor individuen, met 'maximaal "
            "digitale' dienstverlening die samen met klanten wordt ontwikkeld."
        ),
        "description": (
            "DUO voert voor het Rijk de onderwijsregelingen uit en is een grote werkgever in "
            "Noord-Nederland. De organisatie verbindt ministeries met scholen, "
            "studenten, scholieren en inburgeraars."
        ),
        "finalist_years": [2016],
        "seed_metadata": {
            "aantal_medewerkers": "2.092",
            "domein": "Onderwijs",
            "bestuurslaag": "Nationaal",
            "type_organisatie": "uitvoeringsorganisatie",
            "website": "www.duo.nl",
        },
        "case_summary": (
            "DUO maakt van elk klantcontact een bron van feedback en brengt alle signalen samen om te "
            "zien wat moet veranderen. Met Customer Journey Mining maakt de organisatie zichtbaar waar "
            "en waarom klanten in een proces vastlopen of afhaken. DUO ontving het 'Gouden Oor'-"
            "certificaat voor de omgang met klantsignalen. In 2016 werkte de organisatie toe naar "
            "zelforganiserende teams met meer verantwoordelijkheid voor medewerkers."
        ),
        "case_themes": {
            "openheid": (
                "Doelgroepen worden bevraagd via onderzoek en klantenpanels, signalen komen binnen via "
                "de helpdesk en relatiebeheer, en heldere informatie via website en nieuwsbrieven "
                "voorkomt onvrede."
            ),
            "intern-leervermogen": (
                "Elk klantcontact is een datapunt voor feedback, en bij nieuwe regelgeving en producten "
                "zoekt DUO al vroeg contact met het veld."
            ),
            "werkgeverschap": (
                "Medewerkers worden betrokken bij verbeteringen en krijgen veel opleiding; in 2016 "
                "ontwikkelde DUO zich richting zelforganiserende teams."
            ),
            "veerkracht": (
                "Onder de noemer 'maximaal digitaal' is de dienstverlening sterk gedigitaliseerd, met "
                "zelfservice die samen met klanten wordt ontwikkeld."
            ),
            "maatschappelijke-betrokkenheid": (
                "DUO neemt taken op die de samenleving vraagt, zoals de Wegwijzer Onderwijsinformatie "
                "die scholen ontlast van losse gegevensverzoeken."
            ),
            "netwerksamenwerking": (
                "DUO deelt gegevens met ketenpartners en zoekt bij nieuwe of gewijzigde regels actief "
                "samenwerking met het onderwijsveld."
            ),
            "externe-kennisdeling": (
                "Gegevens worden waar toegestaan op de website gepubliceerd en DUO deelt ook "
                "internationaal zijn expertise."
            ),
            "innovatie": (
                "Customer Journey Mining, pilots vóór brede invoering en een klein team dat zich "
                "uitsluitend met fundamentele innovatie bezighoudt."
            ),
        },
        "lessons": (
            "Klantgerichtheid wordt concreet als alle klantsignalen systematisch worden verzameld "
            "en zichtbaar worden gebruikt. Een klein, toegewijd innovatieteam kan naast de "
            "bijdrage van alle medewerkers bestaan."
        ),
        "groups": ["finalist"],
        "learning_questions": [
            {
                "title": "Hoe werken zelforganiserende teams in een grote uitvoeringsorganisatie?",
                "body": (
                    "De overgang naar zelforganisatie vraagt veel van medewerkers en leidinggevenden. "
                    "Wij willen ervaringen uitwisselen met organisaties die deze stap al hebben gezet."
                ),
                "themes": ["werkgeverschap", "leiderschap"],
            },
            {
                "title": "Hoe vertalen we klantreisdata naar verbeteringen die klanten merken?",
                "body": (
                    "Customer Journey Mining laat zien waar klanten vastlopen. Welke andere "
                    "uitvoerders gebruiken procesdata om hun dienstverlening te verbeteren?"
                ),
                "themes": ["klantorientatie", "innovatie"],
            },
        ],
    },
    {
        "name": "Gemeente Leeuwarden",
        "slug": "gemeente-leeuwarden",
        "organisation_type": "gemeente",
        "government_layer": "lokaal",
        "staff_count": 1250,
        "policy_domain": "Gemeentelijke dienstverlening",
        "province": "friesland",
        "city": "Leeuwarden",
        "website": "https://www.leeuwarden.nl",
        "email_domains": ["leeuwarden.nl"],
        "primary_processes": (
            "Alle gemeentelijke taken voor de inwoners van Leeuwarden, plus de uitvoering van het "
            "sociaal domein voor alle Friese gemeenten en diensten zoals ICT voor kleinere gemeenten "
            "in Noord-Fryslân."
        ),
        "ambitions": (
            "Een 'iepen mienskip' zijn: open naar buiten, lerend en vernieuwend, en samen met de "
            "regio een gebied met Europese uitstraling worden."
        ),
        "description": (
            "Leeuwarden is de tweede gemeente van Noord-Nederland en werkte hard aan de invulling van "
            "de titel Culturele Hoofdstad van Europa 2018. De gemeente verbindt cultuur met thema's "
            "als armoedebestrijding, onderwijs, economie en duurzaamheid."
        ),
        "finalist_years": [2016],
        "seed_metadata": {
            "aantal_medewerkers": "ruim 1250",
            "domein": "Gemeente",
            "bestuurslaag": "Lokaal",
            "type_organisatie": "Gemeente",
            "website": "www.leeuwarden.nl",
        },
        "case_summary": (
            "Leeuwarden zoekt permanente verbetering in een cultuur waarin fouten maken mag, als er "
            "maar van wordt geleerd. Kenmerkend is 'mienskip': samen optrekken met inwoners, andere "
            "gemeenten, de provincie en organisaties, met een wisselende rol voor de gemeente. Sociale "
            "wijkteams, in 2008 voor het eerst ontwikkeld in Leeuwarden en Enschede, zijn inmiddels "
            "vrijwel overal in Nederland gangbaar. Met de aanpak 'Andere Overheid' werkt de gemeente "
            "aan tien concrete dossiers in plaats van te praten over definities en beleid."
        ),
        "case_themes": {
            "openheid": (
                "De gemeente wil aanspreekbaar en toegankelijk zijn en daagt belanghebbenden bij grote "
                "projecten uit om met eigen oplossingen te komen."
            ),
            "intern-leervermogen": (
                "Er is aandacht voor leren over maatschappelijke thema's én over de eigen rol als "
                "overheid; medewerkers krijgen ruimte om kansen om te zetten in plannen."
            ),
            "werkgeverschap": (
                "Medewerkers worden aangemoedigd zich te laten uitdagen door hun netwerk; een intern "
                "opleidingsprogramma combineert individuele en groepsgewijze ontwikkeling."
            ),
            "veerkracht": (
                "Leeuwarden zag vroeg dat het welzijnswerk moest vernieuwen en nam samen met het "
                "welzijnsveld het initiatief; de sociale wijkteams uit 2008 zijn daarvan een resultaat."
            ),
            "maatschappelijke-betrokkenheid": (
                "Leeuwarden wil het goede voorbeeld geven op duurzaamheid, social return en gelijke kansen; "
                "'mienskip' levert talloze initiatieven op, onder meer rond de Culturele Hoofdstad."
            ),
            "netwerksamenwerking": (
                "De gemeente werkt samen met overheden, bedrijven en onderwijsinstellingen in heel "
                "Noord-Nederland, met de Culturele Hoofdstad als sprekend voorbeeld."
            ),
            "externe-kennisdeling": (
                "Leeuwarden zoekt actief samenwerking met de hogescholen en met Campus Fryslân van de "
                "Rijksuniversiteit Groningen."
            ),
            "innovatie": (
                "De aanpak 'Andere Overheid', oog voor vernieuwingskracht bij het werven van personeel, en "
                "een cultuur waarin fouten gemaakt en besproken mogen worden."
            ),
        },
        "lessons": (
            "Een gemeente die haar rol per situatie kiest - soms betrokken, soms op afstand - kan "
            "veel maatschappelijke energie losmaken. Regionale waarden als 'mienskip' kunnen een "
            "herkenbaar anker voor de organisatiecultuur zijn."
        ),
        "groups": ["finalist", "vgs"],
        "learning_questions": [
            {
                "title": "Hoe bepalen we per initiatief welke rol de gemeente inneemt?",
                "body": (
                    "Soms trekken wij zelf, soms faciliteren wij alleen. Wij zoeken gemeenten die een "
                    "praktisch afwegingskader hebben voor hun rol bij initiatieven uit de samenleving."
                ),
                "themes": ["netwerksamenwerking", "maatschappelijke-betrokkenheid"],
            },
        ],
    },
    # ---- 2017 -----------------------------------------------------------
    {
        "name": "Staatsbosbeheer",
        "slug": "staatsbosbeheer",
        "organisation_type": "zelfstandig_bestuursorgaan",
        "government_layer": "nationaal",
        "staff_count": 1250,
        "policy_domain": "Landbouw, natuur en milieu",
        "province": "utrecht",
        "city": "Amersfoort",
        "website": "https://www.staatsbosbeheer.nl",
        "email_domains": ["staatsbosbeheer.nl"],
        "primary_processes": (
            "Beheren, beschermen en ontwikkelen van circa 265.000 hectare groen, met daarnaast bijna "
            "2.000 gebouwen en duizenden kilometers paden en wegen, en die natuur beleefbaar maken "
            "voor iedereen."
        ),
        "ambitions": (
            "Het groene erfgoed beschermen in balans met duurzaam gebruik, en bijdragen aan een "
            "circulaire economie met natuurproducten en reststromen."
        ),
        "description": (
            "Staatsbosbeheer bestaat sinds 1899 en is sinds 1998 een zelfstandige rechtspersoon met "
            "een wettelijke taak. Als 'groen nutsbedrijf' is het zowel lid van de Rijksbrede Benchmark "
            "Groep als finalist van de verkiezing Beste Overheidsorganisatie."
        ),
        "finalist_years": [2017],
        "seed_metadata": {
            "aantal_medewerkers": "1250",
            "domein": "Natuur, milieu en omgeving",
            "bestuurslaag": "Nationaal",
            "type_organisatie": "Zelfstandig bestuursorgaan",
            "website": "www.staatsbosbeheer.nl",
        },
        "case_summary": (
            "Tussen 2013 en 2017 daalde de rijksbijdrage aan Staatsbosbeheer van 89 naar 25 miljoen "
            "euro per jaar. De organisatie vulde het gat met een beheerbijdrage van de provincies en "
            "meer eigen inkomsten, werd zakelijker en kwam met een herijkte, steviger positie uit een "
            "periode waarin haar bestaansrecht ter discussie stond. Ongeveer 200 boswachters zijn het "
            "gezicht van de organisatie, ook online. Staatsbosbeheer werkt aan een circulaire economie, "
            "onder meer via een bioraffinage-pilot in Delfzijl die biomassa omzet in grondstoffen voor "
            "de chemie."
        ),
        "case_themes": {
            "openheid": (
                "Iedereen kan signalen kwijt via website, publiekstelefoon, klantcontactcentrum en "
                "sociale media, en zo'n 200 boswachters zijn het aanspreekpunt in het terrein."
            ),
            "intern-leervermogen": (
                "Staatsbosbeheer zoekt de balans tussen risico-acceptatie en preventie, in een cultuur "
                "waarin problemen bespreekbaar zijn en continu verbeteren een speerpunt is."
            ),
            "werkgeverschap": (
                "Elke twee jaar reflecteert de organisatie via medewerkers- en HPO-onderzoek; "
                "medewerkers zijn tevreden over werkklimaat, leidinggevenden en besturing."
            ),
            "veerkracht": (
                "De forse daling van de rijksbijdrage leidde tot meer eigen inkomsten, een herbevestigde "
                "relatie met het Rijk en meer programmatisch werken."
            ),
            "maatschappelijke-betrokkenheid": (
                "Via het programma Zorg en Werkgelegenheid biedt Staatsbosbeheer dagbesteding en "
                "werkplekken aan mensen met afstand tot de arbeidsmarkt. Met Drentse gemeenten, het "
                "Recreatieschap en de provincie houdt het recreatievoorzieningen in stand; ook legt het "
                "speelbossen aan en geeft het natuureducatie."
            ),
            "netwerksamenwerking": (
                "De organisatie werkt in vele samenwerkingsverbanden, schuift aan bij de "
                "Rijksvastgoedtafel en laat boswachters met bewoners en ondernemers overleggen wat "
                "zij in een gebied willen."
            ),
            "externe-kennisdeling": (
                "De integrale aanpak, zoals klimaatbuffers voor hoogwaterbescherming en natuur, is een "
                "exportproduct geworden; de boswachter als ambassadeur wekt interesse bij andere overheden."
            ),
            "innovatie": (
                "Innovatieve toepassingen van biomassa, zoals de bioraffinage-pilot van Avantium in "
                "Delfzijl, en actief gebruik van sociale media met blogs van 24 boswachters."
            ),
        },
        "lessons": (
            "Een forse bezuiniging kan leiden tot een steviger maatschappelijke verankering als een "
            "organisatie haar rol opnieuw definieert. Medewerkers in het veld kunnen krachtige "
            "ambassadeurs zijn, ook via sociale media."
        ),
        "groups": ["rbb", "finalist"],
        "learning_questions": [
            {
                "title": "Hoe vergroten we eigen inkomsten zonder onze publieke taak uit het oog te verliezen?",
                "body": (
                    "Door de lagere rijksbijdrage zijn wij zakelijker geworden. Wij willen met andere "
                    "publieke organisaties bespreken waar de grens ligt tussen ondernemen en publieke taak."
                ),
                "themes": ["veerkracht", "transparantie-en-integriteit"],
            },
            {
                "title": "Hoe zetten we medewerkers in als ambassadeurs van de organisatie?",
                "body": (
                    "Onze boswachters zijn het gezicht van Staatsbosbeheer. Wij delen graag hoe dat "
                    "werkt en leren van anderen die frontlijnmedewerkers zichtbaar maken."
                ),
                "themes": ["externe-kennisdeling", "klantorientatie"],
            },
        ],
    },
    {
        "name": "Stadsregio Parkstad Limburg",
        "slug": "parkstad-limburg",
        "organisation_type": "samenwerkingsverband",
        "government_layer": "regionaal",
        # The seed gives a range ("20-25"); the upper bound is used here.
        "staff_count": 25,
        "policy_domain": "Wonen, ruimte en vastgoed",
        "province": "limburg",
        "city": "Heerlen",
        "website": "https://www.parkstad-limburg.nl",
        "email_domains": ["parkstad-limburg.nl"],
        "primary_processes": (
            "Regionale samenwerking van acht gemeenten op wonen en herstructurering, ruimte, "
            "energietransitie, mobiliteit en economie en toerisme: initiëren, faciliteren en stimuleren."
        ),
        "ambitions": (
            "De economie van de regio structureel versterken en de regio herstructureren, zodat "
            "Parkstad duurzaam, vitaal en toekomstbestendig wordt."
        ),
        "description": (
            "Stadsregio Parkstad Limburg werd in 1999 opgericht als overkoepelend bestuursorgaan van "
            "acht Limburgse gemeenten. Met een klein team is de Stadsregio een landelijke koploper in "
            "de aanpak van stedelijke krimp."
        ),
        "finalist_years": [2017],
        "seed_metadata": {
            "aantal_medewerkers": "20-25",
            "domein": ("wonen, herstructurering, ruimte, energietransitie, mobiliteit en economie & toerisme"),
            "bestuurslaag": "Regionaal",
            "type_organisatie": "Samenwerkingsverband",
            "website": "www.parkstad-limburg.nl",
            "gemeenten": ("Heerlen, Kerkrade, Landgraaf, Brunssum, Voerendaal, Nuth, Simpelveld, Onderbanken"),
        },
        "case_summary": (
            "De Stadsregio ging niet langer uit van groei maar zag stedelijke krimp als kans, en zette "
            "dat thema landelijk op de kaart met een congres en een lobby rond de verhuurderheffing. "
            "Ondanks een veranderde opdracht, personele wisselingen en een verhuizing naar een kleiner "
            "kantoor vernieuwde de organisatie haar bestuursstructuur: besluiten liggen nu bij de "
            "gezamenlijke portefeuillehouders. Vanuit een pilot in Landgraaf startte zij het grootste "
            "zonnepanelenproject voor particuliere huishoudens in Nederland. De regio fungeert steeds "
            "vaker als proeftuin voor landelijke pilots."
        ),
        "case_themes": {
            "openheid": (
                "Via het project 'Zo doen we dat in Parkstad' helpt de Stadsregio gemeenteraden meer "
                "grip te krijgen op gemeenschappelijke regelingen."
            ),
            "intern-leervermogen": (
                "Een tussenevaluatie in 2016 leverde concrete actiepunten op, onder meer voor betere "
                "afstemming tussen bestuurscommissies en communicatie met raadsleden."
            ),
            "werkgeverschap": (
                "Een toekomstbestendig personeelsbeleid leidde tot verjonging, en medewerkers stippelen "
                "binnen kaders hun eigen loopbaanpad uit."
            ),
            "veerkracht": (
                "De kleine organisatie hield het hoofd boven water en vernieuwde haar bestuursprocessen, "
                "weg van een structuur die een gemeente nabootste."
            ),
            "maatschappelijke-betrokkenheid": (
                "Het zonnepanelenproject voor particulieren wordt terugbetaald uit de energiebesparing "
                "en kan kostenneutraal worden uitgevoerd."
            ),
            "netwerksamenwerking": (
                "Met woningcorporaties werkte de Stadsregio aan een manier om overtollige particuliere "
                "woningen uit de markt te nemen zonder veel nieuwbouw ervoor terug, en aan een renovatiemakelaar voor particuliere eigenaren, met behoud van "
                "de eigenheid van de acht gemeenten."
            ),
            "externe-kennisdeling": (
                "De Stadsregio ontvangt bezoekers uit andere regio's en ministeries en stelt notities, "
                "procedures en onderzoeken openbaar beschikbaar, vooral over krimp en energietransitie."
            ),
            "innovatie": (
                "Pilots op kleine schaal worden regionaal uitgerold en overdraagbaar gemaakt, zoals IBA "
                "Parkstad en de verzelfstandiging van het gegevenshuis."
            ),
        },
        "lessons": (
            "Ook een heel kleine organisatie kan landelijk het verschil maken door een thema anders te "
            "framen. Samenwerking werkt het best op de schaal waarop het probleem zich voordoet."
        ),
        "groups": ["finalist"],
        "learning_questions": [
            {
                "title": "Hoe houden gemeenteraden grip op een regionale samenwerking?",
                "body": (
                    "Regionale besluiten staan ver af van raadsleden. Wij zoeken samenwerkingsverbanden "
                    "en gemeenten die de democratische sturing goed hebben geregeld."
                ),
                "themes": ["openheid", "netwerksamenwerking"],
            },
        ],
    },
    {
        "name": "Waterschap Brabantse Delta",
        "slug": "waterschap-brabantse-delta",
        # The seed's case metadata says "Uitvoeringsorganisatie" and its map says
        # "Samenwerkingsverband"; the organisation is a water authority, so the
        # platform type is "waterschap" (verbatim seed value kept in seed_metadata).
        "organisation_type": "waterschap",
        "government_layer": "regionaal",
        "staff_count": 500,
        "policy_domain": "Water en infrastructuur",
        "province": "noord-brabant",
        "city": "Breda",
        "website": "https://www.brabantsedelta.nl",
        "email_domains": ["brabantsedelta.nl"],
        "primary_processes": (
            "Zorgen voor veilige dijken en kades, rioolwater zuiveren, de kwaliteit van "
            "oppervlaktewater bewaken en verbeteren en het waterpeil regelen in Midden- en West-Brabant."
        ),
        "ambitions": (
            "De juiste balans vinden tussen samenleving, milieu en economie, met samenwerken, "
            "duidelijk communiceren en klantgerichtheid als speerpunten."
        ),
        "description": (
            "Waterschap Brabantse Delta ontstond in 2004 uit een fusie van vijf West-Brabantse "
            "waterschappen. Het werkgebied telt ruim 800.000 inwoners, 21 gemeenten en ongeveer "
            "25.000 bedrijven."
        ),
        "finalist_years": [2017],
        "seed_metadata": {
            "aantal_medewerkers": "ruim 500",
            "domein": "Ruimte, milieu, natuur, infrastructuur",
            "bestuurslaag": "Regionaal",
            "type_organisatie": "Uitvoeringsorganisatie",
            "website": "www.brabantsedelta.nl",
        },
        "case_summary": (
            "Met de ontwikkelfilosofie 'sterk in het werk' (2014) legde Brabantse Delta de "
            "verantwoordelijkheid laag in de organisatie, in ruil voor persoonlijk leiderschap van "
            "medewerkers. Uitkomsten van medewerkersonderzoek gaan sindsdien eerst naar de teams zelf, "
            "die er het gesprek over voeren. Zo veranderde een hiërarchische organisatie in een open en "
            "klantgerichte, met één kanaal voor vragen, klachten en meldingen. Samen met partners "
            "ontwikkelde het waterschap als eerste ter wereld een techniek om bioplastic uit slib te winnen."
        ),
        "case_themes": {
            "openheid": (
                "Het waterschap maakt zijn manier van besturen en werken zo transparant mogelijk en "
                "haalt wensen op via keukentafelgesprekken en sociale media; vragen komen via één kanaal binnen."
            ),
            "intern-leervermogen": (
                "Via benchmarks en kritische zelfreflectie vergelijkt Brabantse Delta zich met andere "
                "waterschappen; bereikbaarheidsonderzoeken leiden tot scherpere werkafspraken."
            ),
            "werkgeverschap": (
                "Sinds 2014 ontvangt elk team zijn eigen rapportage uit het medewerkersonderzoek, met de "
                "vraag zelf te bespreken wat beter kan; besluitvormingsroutes zijn ingekort."
            ),
            "veerkracht": (
                "Korte communicatielijnen maken het makkelijk om snel te schakelen bij nieuwe wetgeving, "
                "calamiteiten of grote opgaven."
            ),
            "maatschappelijke-betrokkenheid": (
                "Brabantse Delta is koploper in werkplekken voor mensen met afstand tot de arbeidsmarkt, "
                "faciliteert windmolens op eigen terreinen en maakte een kinderboek over water dat de "
                "Rioned Innovatieprijs 2017 won."
            ),
            "netwerksamenwerking": (
                "Bij de verbetering van regionale keringen werden bewoners en agrariërs via "
                "informatieavonden bij de keuze voor de uitvoering betrokken."
            ),
            "externe-kennisdeling": (
                "Kennis wordt gedeeld met andere waterschappen en deltalanden; medewerkers werken mee aan "
                "projecten in onder meer Zuid-Afrika, China, Egypte en Scandinavië."
            ),
            "innovatie": (
                "Het project Overdiepse Polder met woningen en boerderijen op terpen, bioplastic uit slib "
                "en regionale pilots voor de energietransitie."
            ),
        },
        "lessons": (
            "Medewerkers zelf eigenaar maken van de uitkomsten van tevredenheidsonderzoek versterkt "
            "verantwoordelijkheid op de werkvloer. Eén centraal kanaal voor klantcontact maakt snel en "
            "goed helpen mogelijk."
        ),
        "groups": ["finalist"],
        "learning_questions": [
            {
                "title": "Hoe begeleiden we leidinggevenden bij het laag leggen van verantwoordelijkheid?",
                "body": (
                    "'Sterk in het werk' vraagt van leidinggevenden dat zij loslaten. Wij willen met "
                    "andere organisaties delen wat leidinggevenden daarbij helpt."
                ),
                "themes": ["leiderschap", "werkgeverschap"],
            },
        ],
    },
    # ======================================================================
    # "Good Governance in de praktijk" boxes of seed 000 (UWV is above).
    # ======================================================================
    {
        "name": "Gemeente Den Haag",
        "slug": "gemeente-den-haag",
        "organisation_type": "gemeente",
        "government_layer": "lokaal",
        "staff_count": None,
        "policy_domain": "Gemeentelijke dienstverlening",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "https://www.denhaag.nl",
        "email_domains": ["denhaag.nl"],
        "primary_processes": (
            "Gemeentelijke dienstverlening aan inwoners en bedrijven, zoals paspoorten, "
            "vergunningen en andere producten aan de balie en online."
        ),
        "ambitions": (
            "De meest klantgerichte gemeente zijn, met aandacht voor bereikbaarheid, levertijden, "
            "klantvriendelijkheid en elektronische dienstverlening."
        ),
        "description": (
            "In 2001 sprak Den Haag de ambitie uit om uiterlijk in 2007 de klantgerichtste gemeente van het land te zijn. "
            "De gemeente werkte daarnaast met het ministerie van BZK aan een proef met keurmerken voor "
            "dienstverlening naar Engels voorbeeld."
        ),
        "gg_case_summary": (
            "Met een intern programma maakte Den Haag klantgericht werken tot zaak van alle "
            "medewerkers, rond bereikbaarheid, levertijd, klantvriendelijkheid en elektronische "
            "dienstverlening. Volgens het Burgerjaarverslag 2005 gaf 81 procent van de inwoners de "
            "dienstverlening een 7 of hoger. De gemeente nodigt inwoners uit om klachten te melden "
            "en gebruikt die om te leren, en stimuleert kwaliteitshandvesten. In een vergelijking met "
            "andere gemeenten op onder meer openingstijden, wachttijden en levertijden eindigde Den "
            "Haag bovenaan en kreeg de titel 'meest klantgerichte gemeente van Nederland'."
        ),
        "groups": ["gg_case", "vgs"],
        "learning_questions": [
            {
                "title": "Hoe leren we als organisatie structureel van klachten?",
                "body": (
                    "Wij nodigen inwoners uit om klachten te melden. De volgende stap is dat "
                    "klachten zichtbaar leiden tot verbeteringen. Welke gemeenten hebben dat goed georganiseerd?"
                ),
                "themes": ["klantorientatie", "intern-leervermogen"],
            },
            {
                "title": "Wat levert een keurmerk voor dienstverlening op naast een kwaliteitshandvest?",
                "body": (
                    "Wij werken met kwaliteitshandvesten en verkennen certificering van dienstverlening. "
                    "Wij zoeken organisaties die beide instrumenten hebben vergeleken."
                ),
                "themes": ["klantorientatie", "transparantie-en-integriteit"],
            },
        ],
    },
    {
        "name": "Rijksbrede Benchmark Groep (RBB-Groep)",
        "slug": "rbb-groep",
        "organisation_type": "samenwerkingsverband",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Bedrijfsvoering overheid",
        # A network of its members without a head office of its own.
        "province": "",
        "city": "",
        "website": "",
        "email_domains": [],
        "primary_processes": (
            "Benchmarkrondes organiseren tussen publieke dienstverleners en de uitkomsten gebruiken "
            "voor leer- en verbetertrajecten, peer groups en resultancy-teams."
        ),
        "ambitions": (
            "Uitgroeien van een benchmarkclub tot een leernetwerk waarin deelnemers samen kennis "
            "opbouwen, elkaar helpen bij strategische vraagstukken en kennis en menskracht delen."
        ),
        "description": (
            "De RBB-Groep is een zelfstandig opererend netwerk van uitvoeringsorganisaties dat kennis "
            "uitwisselt over benchmarken en organisatieleren, met partners bij overheid en bedrijfsleven. "
            "Ten tijde van het Good Governance-programma telde de groep 24 deelnemers en toonden onder "
            "meer Dienst Landelijk Gebied, de Raad voor de Rechtspraak, de NMa, SenterNovem, het RIVM "
            "en het Commando Diensten Centra belangstelling."
        ),
        "gg_case_summary": (
            "De RBB-Groep ontstond uit een benchmarkonderzoek dat tien uitvoeringsorganisaties in 2002 "
            "lieten uitvoeren en groeide via nieuwe rondes naar 24 deelnemers. Op basis van de ambities "
            "en strategische leervragen van de deelnemers werden peer groups gevormd, zodat organisaties "
            "met vergelijkbare primaire processen diepgaander van elkaar leren. De verzamelde "
            "vraagstukken leidden tot resultancy-teams die met gedeelde kennis en menskracht "
            "oplossingen aandragen, bijvoorbeeld rond samenwerking in Europa en klantgerichtheid."
        ),
        "groups": ["gg_case"],
        "learning_questions": [
            {
                "title": "Hoe stellen we peer groups samen die echt van elkaar leren?",
                "body": (
                    "Vergelijkbare primaire processen zijn een goed startpunt, maar niet genoeg. Welke "
                    "criteria en werkvormen zorgen ervoor dat deelnemers elkaar blijvend helpen?"
                ),
                "themes": ["lerend-vermogen", "netwerksamenwerking"],
            },
            {
                "title": "Hoe organiseren we het delen van menskracht in resultancy-teams?",
                "body": (
                    "Kennis delen lukt, maar mensen vrijmaken voor een gezamenlijk team is lastiger. "
                    "Welke afspraken over uren en inzet werken tussen organisaties?"
                ),
                "themes": ["netwerksamenwerking", "werkgeverschap"],
            },
        ],
    },
    {
        # Not a legal entity but a joint benchmark of the ministries, decided by
        # the meeting of secretaries-general; kept as a partnership so that its
        # "Good Governance in de praktijk" case has a home in the demo.
        "name": "Benchmark Bedrijfsvoering Rijksoverheid",
        "slug": "benchmark-bedrijfsvoering-rijksoverheid",
        "organisation_type": "samenwerkingsverband",
        "government_layer": "nationaal",
        "staff_count": None,
        "policy_domain": "Bedrijfsvoering overheid",
        "province": "zuid-holland",
        "city": "Den Haag",
        "website": "",
        "email_domains": [],
        "primary_processes": (
            "De bedrijfsvoering van de kerndepartementen vergelijken aan de hand van gezamenlijk "
            "ontwikkelde indicatoren, als startpunt voor het zoeken naar goede praktijken."
        ),
        "ambitions": (
            "Departementen van elkaar laten leren over omvang, regelgeving, sturing en organisatie "
            "van de bedrijfsvoering."
        ),
        "description": (
            "Een gezamenlijke benchmark van de ministeries, waartoe het SG-beraad in september 2005 "
            "besloot. Vanaf 2006 werd de omvang en kwaliteit van de overhead- en "
            "bedrijfsvoeringsfuncties van de kerndepartementen vergeleken."
        ),
        "gg_case_summary": (
            "Het hoofddoel van de benchmark is leren van elkaar. Departementen brachten zelf hun "
            "leervragen in; die bleken grotendeels te gaan over vier thema's: de omvang van de "
            "bedrijfsvoering, regelgeving, de sturing van de bedrijfsvoering inclusief sturing op "
            "kwaliteit, en de organisatie ervan. Het leren begint al bij het samen ontwikkelen van de "
            "indicatoren, en de vergelijking dient als vertrekpunt voor het zoeken naar good "
            "practices, met de departementen zelf aan het roer."
        ),
        "groups": ["gg_case"],
        "learning_questions": [
            {
                "title": "Welke omvang van de bedrijfsvoering past bij een beleidsdepartement?",
                "body": (
                    "Departementen willen weten hoe hun overhead zich verhoudt tot die van andere "
                    "departementen en wat verschillen verklaart."
                ),
                "themes": ["lerend-vermogen", "leiderschap"],
            },
            {
                "title": "Hoe sturen we op de kwaliteit van bedrijfsvoering, niet alleen op kosten?",
                "body": (
                    "Kostenindicatoren zijn makkelijk te vergelijken, kwaliteit veel minder. Welke "
                    "indicatoren voor kwaliteit hebben andere organisaties ontwikkeld?"
                ),
                "themes": ["lerend-vermogen", "transparantie-en-integriteit"],
            },
        ],
    },
    {
        "name": "Gemeente Amsterdam",
        "slug": "gemeente-amsterdam",
        "organisation_type": "gemeente",
        "government_layer": "lokaal",
        "staff_count": None,
        "policy_domain": "Gemeentelijke dienstverlening",
        "province": "noord-holland",
        "city": "Amsterdam",
        "website": "https://www.amsterdam.nl",
        "email_domains": ["amsterdam.nl"],
        "primary_processes": (
            "Alle gemeentelijke taken voor inwoners, bedrijven en bezoekers van de hoofdstad, "
            "van dienstverlening en vergunningen tot openbare ruimte en sociaal domein."
        ),
        "ambitions": (
            "Een integer en professioneel functionerend overheidsapparaat waarop burgers, bedrijven, "
            "bezoekers en organisaties kunnen rekenen."
        ),
        "description": (
            "Amsterdam heeft sinds 2001 een eigen Bureau Integriteit, onderdeel van de Bestuursdienst, "
            "dat als kenniscentrum werkt voor integriteit van ambtenaren en bestuurders. Het bureau ontwikkelde "
            "samen met de Algemene Rekenkamer en het ministerie van BZK het zelfevaluatie-instrument SAINT."
        ),
        "gg_case_summary": (
            "Het Amsterdamse Bureau Integriteit werkt aan een integere gemeente, van bestuurders en "
            "ambtenaren tot de organisatie als geheel. Vijftien professionals bieden risicoanalyses van werkprocessen, "
            "dilemmatrainingen om moreel bewustzijn te vergroten, interne onderzoeken naar vermoedelijke "
            "schendingen en juridisch advies. Via de klokkenluidersregeling kunnen vermoedens van "
            "integriteitsschendingen bij het bureau worden gemeld."
        ),
        "groups": ["gg_case", "vgs"],
        "learning_questions": [
            {
                "title": "Hoe meten we of dilemmatrainingen het gedrag op de werkvloer veranderen?",
                "body": (
                    "Wij geven veel dilemmatrainingen aan bestuurders en ambtenaren. Wij zoeken "
                    "organisaties die het effect van zulke trainingen hebben onderzocht."
                ),
                "themes": ["transparantie-en-integriteit", "lerend-vermogen"],
            },
        ],
    },
    # ======================================================================
    # Municipalities for the VGS working groups (seed 001): two per group,
    # each with a member in that working group in 2009.
    # ======================================================================
    {
        "name": "Gemeente Olst-Wijhe",
        "slug": "gemeente-olst-wijhe",
        "organisation_type": "gemeente",
        "government_layer": "lokaal",
        "staff_count": None,
        "policy_domain": "Gemeentelijke dienstverlening",
        "province": "overijssel",
        "city": "Wijhe",
        "website": "https://www.olst-wijhe.nl",
        "email_domains": ["olst-wijhe.nl"],
        "primary_processes": (
            "Gemeentelijke dienstverlening aan inwoners en bedrijven, uitvoering van het sociaal "
            "domein en beheer van de openbare ruimte in een plattelandsgemeente."
        ),
        "ambitions": (
            "Servicenormen voor de dienstverlening vastleggen en als kleine gemeente aansluiten op "
            "landelijke ontwikkelingen rond klantcontact."
        ),
        "description": (
            "Olst-Wijhe is een gemeente in Overijssel die deelnam aan de VGS-werkgroep "
            "Dienstverlening. Die werkgroep droeg bij aan de ontwikkeling van servicenormen en volgde "
            "de ontwikkeling van klantcontactcentra."
        ),
        "groups": ["vgs"],
        "vgs_working_group": "Dienstverlening",
        "learning_questions": [
            {
                "title": "Hoe richt een kleine gemeente een klantcontactcentrum in?",
                "body": (
                    "Het landelijke programma Antwoord gaat uit van één loket voor de hele overheid. "
                    "Wij willen weten hoe andere kleine gemeenten dat met beperkte middelen aanpakken."
                ),
                "themes": ["klantorientatie", "netwerksamenwerking"],
            },
        ],
    },
    {
        "name": "Gemeente Utrechtse Heuvelrug",
        "slug": "gemeente-utrechtse-heuvelrug",
        "organisation_type": "gemeente",
        "government_layer": "lokaal",
        "staff_count": None,
        "policy_domain": "Gemeentelijke dienstverlening",
        "province": "utrecht",
        "city": "Doorn",
        "website": "https://www.heuvelrug.nl",
        "email_domains": ["heuvelrug.nl"],
        "primary_processes": (
            "Gemeentelijke dienstverlening, vergunningverlening en sociaal domein voor de kernen van de gemeente."
        ),
        "ambitions": (
            "Concrete en betekenisvolle servicenormen vastleggen in een kwaliteitshandvest en de "
            "klanttevredenheid regelmatig meten."
        ),
        "description": (
            "Utrechtse Heuvelrug nam deel aan de VGS-werkgroep Dienstverlening. De gemeente is een "
            "geschikte partner voor gemeenten die met een kwaliteitshandvest en de BurgerServiceCode "
            "aan de slag willen."
        ),
        "groups": ["vgs"],
        "vgs_working_group": "Dienstverlening",
        "learning_questions": [
            {
                "title": "Hoe vertalen we de BurgerServiceCode naar concrete servicenormen?",
                "body": (
                    "De normen over informatie en transactie moeten herkenbaar worden voor inwoners. "
                    "Wij zoeken gemeenten die een kwaliteitshandvest met meetbare beloften hebben."
                ),
                "themes": ["klantorientatie", "openheid"],
            },
        ],
    },
    {
        "name": "Gemeente Boxtel",
        "slug": "gemeente-boxtel",
        "organisation_type": "gemeente",
        "government_layer": "lokaal",
        "staff_count": None,
        "policy_domain": "Gemeentelijke dienstverlening",
        "province": "noord-brabant",
        "city": "Boxtel",
        "website": "https://www.boxtel.nl",
        "email_domains": ["boxtel.nl"],
        "primary_processes": (
            "Gemeentelijke dienstverlening, ruimtelijke ordening en sociaal domein voor de inwoners van Boxtel."
        ),
        "ambitions": ("Prestaties periodiek vergelijken met andere gemeenten en de uitkomsten gebruiken om te leren."),
        "description": (
            "Boxtel nam deel aan de VGS-werkgroep Benchmarking en kwaliteit van de overheid, die het "
            "'Huis van de benchmarks' en waarstaatjegemeente.nl mee ontwikkelde. De werkgroep streefde "
            "naar 75% deelname van gemeenten aan het Huis van de benchmarks."
        ),
        "groups": ["vgs"],
        "vgs_working_group": "Benchmarking en kwaliteit van de overheid",
        "learning_questions": [
            {
                "title": "Hoe gebruiken raad en college benchmarkuitkomsten om te sturen?",
                "body": (
                    "Benchmarks leveren veel cijfers op, maar komen niet altijd bij het bestuur aan. "
                    "Wij willen leren hoe andere gemeenten een rapport op hoofdlijnen benutten."
                ),
                "themes": ["lerend-vermogen", "leiderschap"],
            },
        ],
    },
    {
        "name": "Gemeente Tynaarlo",
        "slug": "gemeente-tynaarlo",
        "organisation_type": "gemeente",
        "government_layer": "lokaal",
        "staff_count": None,
        "policy_domain": "Gemeentelijke dienstverlening",
        "province": "drenthe",
        "city": "Vries",
        "website": "https://www.tynaarlo.nl",
        "email_domains": ["tynaarlo.nl"],
        "primary_processes": (
            "Gemeentelijke dienstverlening, beheer van de openbare ruimte en sociaal domein voor "
            "dorpen in Noord-Drenthe."
        ),
        "ambitions": (
            "Burgers laten meespreken over de kwaliteit van de gemeente en die oordelen vergelijken "
            "met andere gemeenten."
        ),
        "description": (
            "Tynaarlo nam deel aan de VGS-werkgroep Benchmarking en kwaliteit van de overheid. Die "
            "werkgroep wilde benchmarks voor alle gemeentelijke beleidsterreinen beschikbaar maken."
        ),
        "groups": ["vgs"],
        "vgs_working_group": "Benchmarking en kwaliteit van de overheid",
        "learning_questions": [
            {
                "title": "Hoe combineren we burgertevredenheid en prestatiecijfers in één beeld?",
                "body": (
                    "Wij meten zowel het oordeel van inwoners als onze eigen prestaties. Welke gemeenten "
                    "brengen die twee samen in hun verantwoording?"
                ),
                "themes": ["lerend-vermogen", "openheid"],
            },
        ],
    },
    {
        "name": "Gemeente Leiden",
        "slug": "gemeente-leiden",
        "organisation_type": "gemeente",
        "government_layer": "lokaal",
        "staff_count": None,
        "policy_domain": "Gemeentelijke dienstverlening",
        "province": "zuid-holland",
        "city": "Leiden",
        "website": "https://www.leiden.nl",
        "email_domains": ["leiden.nl"],
        "primary_processes": (
            "Alle gemeentelijke taken voor de inwoners en bedrijven van een centrumstad, van "
            "dienstverlening tot informatievoorziening en basisregistraties."
        ),
        "ambitions": (
            "De invoering van het Nationaal Uitvoeringsprogramma (NUP) haalbaar maken en "
            "basisregistraties op orde brengen."
        ),
        "description": (
            "Leiden nam deel aan de VGS-werkgroep ICT en standaardisering. Daarnaast leidde de "
            "gemeentesecretaris van Leiden het VNG-Huisberaad, dat het 'Huis van benchmarks' verder ontwikkelde."
        ),
        "groups": ["vgs"],
        "vgs_working_group": "ICT en standaardisering",
        "learning_questions": [
            {
                "title": "Hoe maken we de modernisering van de GBA haalbaar voor onze organisatie?",
                "body": (
                    "Landelijke ICT-programma's vragen veel van gemeenten. Wij willen met andere "
                    "gemeenten planning en capaciteit afstemmen."
                ),
                "themes": ["netwerksamenwerking", "innovatie"],
            },
        ],
    },
    {
        "name": "Gemeente Berkelland",
        "slug": "gemeente-berkelland",
        "organisation_type": "gemeente",
        "government_layer": "lokaal",
        "staff_count": None,
        "policy_domain": "Gemeentelijke dienstverlening",
        "province": "gelderland",
        "city": "Borculo",
        "website": "https://www.berkelland.nl",
        "email_domains": ["berkelland.nl"],
        "primary_processes": (
            "Gemeentelijke dienstverlening en informatievoorziening voor inwoners en bedrijven in de Achterhoek."
        ),
        "ambitions": (
            "Met een mid-office en gestandaardiseerde ICT de dienstverlening verbeteren, ook in "
            "samenwerking met buurgemeenten."
        ),
        "description": (
            "Berkelland nam deel aan de VGS-werkgroep ICT en standaardisering, die het NUP voor "
            "gemeenten haalbaar en hanteerbaar wilde maken."
        ),
        "groups": ["vgs"],
        "vgs_working_group": "ICT en standaardisering",
        "learning_questions": [
            {
                "title": "Wat kunnen we samen met buurgemeenten aan ICT organiseren?",
                "body": (
                    "Een kleine gemeente kan niet alle expertise zelf in huis hebben. Wij zoeken "
                    "voorbeelden van intergemeentelijke samenwerking op ICT en standaarden."
                ),
                "themes": ["netwerksamenwerking", "innovatie"],
            },
        ],
    },
    {
        "name": "Gemeente Nieuwegein",
        "slug": "gemeente-nieuwegein",
        "organisation_type": "gemeente",
        "government_layer": "lokaal",
        "staff_count": None,
        "policy_domain": "Gemeentelijke dienstverlening",
        "province": "utrecht",
        "city": "Nieuwegein",
        "website": "https://www.nieuwegein.nl",
        "email_domains": ["nieuwegein.nl"],
        "primary_processes": (
            "Alle gemeentelijke taken voor de inwoners en bedrijven van Nieuwegein, met een "
            "bedrijfsvoering die de dienstverlening ondersteunt."
        ),
        "ambitions": (
            "Bedrijfsvoering efficiënter inrichten, onder meer via samenwerking tussen gemeenten en "
            "shared service centra."
        ),
        "description": (
            "Nieuwegein nam deel aan de VGS-werkgroep Bedrijfsvoering. De burgemeester van Nieuwegein "
            "was destijds voorzitter van de stuurgroep Egem, die gemeenten hielp bij de elektronische overheid."
        ),
        "groups": ["vgs"],
        "vgs_working_group": "Bedrijfsvoering",
        "learning_questions": [
            {
                "title": "Wanneer levert een shared service centrum echt voordeel op?",
                "body": (
                    "Samenwerking in de bedrijfsvoering belooft besparingen, maar vraagt veel "
                    "voorbereiding. Welke gemeenten hebben ervaring met een gezamenlijk servicecentrum?"
                ),
                "themes": ["netwerksamenwerking", "leiderschap"],
            },
        ],
    },
    {
        "name": "Gemeente Dalfsen",
        "slug": "gemeente-dalfsen",
        "organisation_type": "gemeente",
        "government_layer": "lokaal",
        "staff_count": None,
        "policy_domain": "Gemeentelijke dienstverlening",
        "province": "overijssel",
        "city": "Dalfsen",
        "website": "https://www.dalfsen.nl",
        "email_domains": ["dalfsen.nl"],
        "primary_processes": (
            "Gemeentelijke dienstverlening, ruimtelijke ordening en sociaal domein voor de kernen van Dalfsen."
        ),
        "ambitions": (
            "Bestuurlijke ambities en ambtelijke capaciteit met elkaar in balans brengen en de "
            "verantwoordingslast voor de organisatie beperken."
        ),
        "description": (
            "Dalfsen nam deel aan de VGS-werkgroep Bedrijfsvoering. Die werkgroep werkte aan thema's "
            "als bestuurskracht, intergemeentelijke samenwerking, risicomanagement en de balans tussen "
            "bestuurlijke ambities en ambtelijke capaciteit."
        ),
        "groups": ["vgs"],
        "vgs_working_group": "Bedrijfsvoering",
        "learning_questions": [
            {
                "title": "Hoe houden we bestuurlijke ambities en ambtelijke capaciteit in balans?",
                "body": (
                    "Hoge werkdruk bij beleidsmedewerkers leidt tot verzuim. Wij zoeken gemeenten die "
                    "ambities en capaciteit bewust op elkaar afstemmen."
                ),
                "themes": ["werkgeverschap", "leiderschap"],
            },
        ],
    },
]
