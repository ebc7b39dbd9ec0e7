"""Plain demo data of the knowledge base (no Django imports).

The cases themselves (metadata, summaries, theme sections, lessons) come from
``peergroups.demo.data``: one source for the organisations and their stories.
This module adds what only the knowledge base needs: titles, where on the map,
the themes a case stands out on, instruments, events and news — in Dutch, in
the project's own words, with facts from the seeds (000: Good Governance
programme and instruments; 002: the finalists; 003: Burgerlink and the
BurgerServiceCode; 004: Leidraad Goed bestuur). No private persons.
"""

#: Approximate coordinates (latitude, longitude) of the places in the demo data.
CITY_COORDINATES = {
    "Amsterdam": (52.372, 4.900),
    "Heerhugowaard": (52.669, 4.832),
    "Utrecht": (52.091, 5.122),
    "Zaandam": (52.439, 4.826),
    "Den Haag": (52.078, 4.300),
    "Geldermalsen": (51.881, 5.289),
    "Rotterdam": (51.922, 4.479),
    "Groningen": (53.219, 6.567),
    "Leeuwarden": (53.201, 5.799),
    "Amersfoort": (52.156, 5.388),
    "Heerlen": (50.888, 5.979),
    "Breda": (51.589, 4.776),
}

#: Order of the theme sections on a case page (slugs of peergroups.Theme).
CASE_THEME_ORDER = [
    "openheid",
    "intern-leervermogen",
    "werkgeverschap",
    "veerkracht",
    "maatschappelijke-betrokkenheid",
    "netwerksamenwerking",
    "externe-kennisdeling",
    "innovatie",
]

AWARD_NAME = "Beste Overheidsorganisatie van het Jaar"
GG_AWARD_NAME = "programma Good Governance Openbare Sector"
#: The Good Governance programme document (seed 000) dates from 2006.
GG_YEAR = 2006

#: The cases, by organisation slug: page title, the themes the case stands out on
#: (pillars and case themes), tags and related instruments (instrument slugs).
CASES = {
    # --- the thirteen finalists (seed 002) ---
    "jeugdbescherming-regio-amsterdam": {
        "title": "Jeugdbescherming Regio Amsterdam: één gezin, één plan",
        "themes": ["intern-leervermogen", "werkgeverschap", "veerkracht", "innovatie"],
        "tags": ["jeugdbescherming", "gezinsgericht werken", "decentralisatie"],
        "instruments": [],
    },
    "hhnk": {
        "title": "Hoogheemraadschap Hollands Noorderkwartier: in gesprek over de delta",
        "themes": ["openheid", "netwerksamenwerking", "maatschappelijke-betrokkenheid"],
        "tags": ["participatie", "waterbeheer", "klimaat"],
        "instruments": [],
    },
    "rijkswaterstaat": {
        "title": "Rijkswaterstaat: een grote organisatie die wendbaar werd",
        "themes": ["veerkracht", "netwerksamenwerking", "innovatie", "leiderschap"],
        "tags": ["reorganisatie", "innovatieagenda", "crisismanagement"],
        "instruments": ["klanttevredenheidsonderzoek"],
    },
    "gemeente-zaanstad": {
        "title": "Gemeente Zaanstad: leren door te doen",
        "themes": ["intern-leervermogen", "innovatie", "maatschappelijke-betrokkenheid"],
        "tags": ["concernsturing", "leiderschap", "social return"],
        "instruments": [],
    },
    "cbs": {
        "title": "Centraal Bureau voor de Statistiek: cijfers die mensen bereiken",
        "themes": ["openheid", "externe-kennisdeling", "innovatie"],
        "tags": ["open data", "big data", "lean"],
        "instruments": [],
    },
    "fiod": {
        "title": "FIOD: ruimte om te experimenteren",
        "themes": ["innovatie", "werkgeverschap", "netwerksamenwerking", "leiderschap"],
        "tags": ["pilots", "opsporing", "ketensamenwerking"],
        "instruments": [],
    },
    "avri": {
        "title": "Avri: van achterblijver tot koploper",
        "themes": ["veerkracht", "werkgeverschap", "maatschappelijke-betrokkenheid"],
        "tags": ["afval", "duurzaamheid", "gemeenschappelijke regeling"],
        "instruments": ["benchmark"],
    },
    "vrr": {
        "title": "Veiligheidsregio Rotterdam-Rijnmond: gelijkwaardig, niet gelijk",
        "themes": ["openheid", "netwerksamenwerking", "externe-kennisdeling"],
        "tags": ["brandweer", "crisisbeheersing", "NL-Alert"],
        "instruments": [],
    },
    "duo": {
        "title": "DUO: elk klantcontact telt",
        "themes": ["openheid", "intern-leervermogen", "innovatie", "klantorientatie"],
        "tags": ["klantsignalen", "digitalisering", "zelforganisatie"],
        "instruments": ["klanttevredenheidsonderzoek"],
    },
    "gemeente-leeuwarden": {
        "title": "Gemeente Leeuwarden: samen optrekken vanuit mienskip",
        "themes": ["netwerksamenwerking", "maatschappelijke-betrokkenheid", "intern-leervermogen"],
        "tags": ["sociale wijkteams", "Andere Overheid", "regionale samenwerking"],
        "instruments": [],
    },
    "staatsbosbeheer": {
        "title": "Staatsbosbeheer: sterker uit een forse bezuiniging",
        "themes": ["veerkracht", "maatschappelijke-betrokkenheid", "externe-kennisdeling"],
        "tags": ["eigen inkomsten", "circulaire economie", "boswachters"],
        "instruments": [],
    },
    "parkstad-limburg": {
        "title": "Stadsregio Parkstad Limburg: krimp als kans",
        "themes": ["veerkracht", "netwerksamenwerking", "externe-kennisdeling"],
        "tags": ["krimp", "energietransitie", "gemeenschappelijke regeling"],
        "instruments": [],
    },
    "waterschap-brabantse-delta": {
        "title": "Waterschap Brabantse Delta: sterk in het werk",
        "themes": ["werkgeverschap", "openheid", "innovatie", "klantorientatie"],
        "tags": ["medewerkersonderzoek", "eigen verantwoordelijkheid", "bioplastic"],
        "instruments": ["benchmark"],
    },
    # --- "Good Governance in de praktijk" (seed 000) ---
    "gemeente-den-haag": {
        "title": "Gemeente Den Haag: de meest klantgerichte gemeente",
        "themes": ["klantorientatie", "intern-leervermogen", "openheid"],
        "tags": ["dienstverlening", "klachten", "burgerjaarverslag"],
        "instruments": ["kwaliteitshandvest", "keurmerk", "klanttevredenheidsonderzoek"],
        "good_governance": True,
    },
    "uwv": {
        "title": "UWV: De Buitenwereld brengt de klant naar binnen",
        "themes": ["klantorientatie", "intern-leervermogen"],
        "tags": ["klantbeleving", "sociale zekerheid"],
        "instruments": [],
        "good_governance": True,
    },
    "rbb-groep": {
        "title": "Rijksbrede Benchmark Groep: van benchmark naar leernetwerk",
        "themes": ["lerend-vermogen", "netwerksamenwerking", "externe-kennisdeling"],
        "tags": ["peer groups", "resultancy-teams", "uitvoeringsorganisaties"],
        "instruments": ["benchmark", "leerplatform"],
        "good_governance": True,
    },
    "benchmark-bedrijfsvoering-rijksoverheid": {
        "title": "Benchmark Bedrijfsvoering Rijksoverheid: leren begint bij de indicatoren",
        "themes": ["lerend-vermogen", "intern-leervermogen"],
        "tags": ["bedrijfsvoering", "departementen", "indicatoren"],
        "instruments": ["benchmark"],
        "good_governance": True,
    },
    "gemeente-amsterdam": {
        "title": "Gemeente Amsterdam: een eigen bureau voor integriteit",
        "themes": ["transparantie-en-integriteit", "intern-leervermogen"],
        "tags": ["integriteit", "klokkenluidersregeling", "risicoanalyse"],
        "instruments": ["saint", "dilemmatraining", "bios"],
        "good_governance": True,
    },
}

#: Instruments of the Good Governance programme (000) and Burgerlink (003).
INSTRUMENTS = [
    {
        "slug": "kwaliteitshandvest",
        "title": "Kwaliteitshandvest",
        "pillar": "klantorientatie",
        "themes": ["openheid"],
        "offered_by": "Ministerie van BZK, samen met de VNG en de Unie van Waterschappen; later Burgerlink",
        "summary": (
            "Een document waarin een organisatie beloften doet over haar dienstverlening: concrete "
            "servicenormen die iedere klant kan kennen."
        ),
        "purpose": (
            "<p>Met een kwaliteitshandvest legt een publieke organisatie de relatie met de afnemers van haar "
            "diensten vast. Zij belooft bijvoorbeeld binnen een bepaalde tijd te antwoorden of een vergunning "
            "te leveren. Burgers en bedrijven weten zo wat zij wel en niet mogen verwachten.</p>"
        ),
        "how_to_use": [
            "Maak de normen concreet en betekenisvol, en toon ze waar de klant ze ziet: aan de balie en op de website.",
            (
                "Het handvest wordt sterker als de klant een vergoeding krijgt "
                "wanneer de organisatie een belofte niet nakomt."
            ),
            (
                "Werk de normen 1 tot en met 7 van de BurgerServiceCode (over "
                "informatie en transactie) uit in het handvest."
            ),
            "Het kabinet streefde ernaar dat eind 2008 alle organisaties met publiekscontacten een handvest hadden; "
            "Burgerlink legde de lat op 2010.",
        ],
    },
    {
        "slug": "klanttevredenheidsonderzoek",
        "title": "Klanttevredenheidsonderzoek",
        "pillar": "klantorientatie",
        "themes": ["intern-leervermogen"],
        "offered_by": "Ministerie van BZK (online instrument voor kleinere organisaties); Burgerlink",
        "summary": (
            "Regelmatig meten hoe burgers en bedrijven de dienstverlening ervaren, en de uitkomsten "
            "teruggeven aan de afdelingen die het werk doen."
        ),
        "purpose": (
            "<p>Een klanttevredenheidsonderzoek maakt zichtbaar waar klanten vastlopen, prikkelt tot verbetering "
            "en versterkt de verantwoording. Het kabinet stelde als doel dat burgers de publieke dienstverlening "
            "in 2010 gemiddeld met een 7 zouden waarderen.</p>"
        ),
        "how_to_use": [
            "Meet periodiek, zodat u ontwikkelingen ziet en niet alleen een momentopname.",
            "Vraag naar de afhandeling van 'levensgebeurtenissen', zoals verhuizen of een bedrijf starten, en gebruik "
            "de BurgerServiceCode als maatstaf.",
            "Koppel de uitkomsten terug aan de afdelingen en spreek verbeteringen af.",
        ],
    },
    {
        "slug": "mystery-guest",
        "title": "Mystery guest",
        "pillar": "klantorientatie",
        "themes": ["intern-leervermogen"],
        "offered_by": "Ministerie van BZK (stimuleringsprogramma Good Governance)",
        "summary": (
            "Onaangekondigde bezoekers ervaren de dienstverlening zoals een klant dat doet en geven een "
            "onbevooroordeeld beeld van de kwaliteit."
        ),
        "purpose": (
            "<p>Een mystery guest kent de inspanningen van de organisatie niet en kijkt daardoor met een frisse "
            "blik. Dat levert aanvullende beelden op naast cijfers uit klanttevredenheidsonderzoek.</p>"
        ),
        "how_to_use": [
            "Bepaal vooraf welke contacten (balie, telefoon, website) worden bezocht en waarop wordt gelet.",
            "Bespreek de bevindingen met de medewerkers en gebruik ze om te leren, niet om af te rekenen.",
        ],
    },
    {
        "slug": "keurmerk",
        "title": "Keurmerk voor dienstverlening",
        "pillar": "klantorientatie",
        "themes": [],
        "offered_by": "Ministerie van BZK, met een proef bij de gemeente Den Haag",
        "summary": (
            "Certificering van klantgerichte dienstverlening naar het voorbeeld van de Engelse 'charter marks'."
        ),
        "purpose": (
            "<p>Het programma Good Governance onderzocht of keurmerken voor dienstverlening ook in Nederland "
            "wenselijk en mogelijk zijn. Samen met de gemeente Den Haag werd deze vorm van certificering in een "
            "proef getest.</p>"
        ),
        "how_to_use": [
            (
                "Een keurmerk maakt de kwaliteit van dienstverlening zichtbaar "
                "voor klanten en vergelijkbaar tussen organisaties."
            ),
            "Combineer het met een kwaliteitshandvest, zodat de normen waarop getoetst wordt bekend zijn.",
        ],
    },
    {
        "slug": "burgerservicecode",
        "title": "BurgerServiceCode",
        "pillar": "klantorientatie",
        "themes": ["openheid"],
        "offered_by": "Burgerlink (ICTU), stimuleringsprogramma 2008-2010",
        "summary": (
            "Tien kwaliteitseisen voor publieke dienstverlening, over informatie, transactie en participatie. "
            "Niet verplicht, wel steeds meer toegepast."
        ),
        "purpose": (
            "<p>De BurgerServiceCode beschrijft vanuit de burger wat goede publieke dienstverlening is. De code is "
            "de maatstaf voor het meten van burgertevredenheid en won in 2007 de European e-Democracy Award.</p>"
        ),
        "how_to_use": [
            (
                "Laat het algemeen bestuur, bij een gemeente de gemeenteraad, de "
                "code aanvaarden als standaard voor dienstverlening."
            ),
            "Werk de normen 1 tot en met 7 uit in een kwaliteitshandvest met concrete servicenormen.",
            (
                "Werk de normen 8 tot en met 10 (verantwoording en participatie) "
                "uit in een communicatie- en participatieplan."
            ),
            "Verantwoord de resultaten in een burgerjaarverslag of bestuursverslag.",
        ],
    },
    {
        "slug": "e-participatie",
        "title": "e-Participatie",
        "pillar": "klantorientatie",
        "themes": ["openheid", "netwerksamenwerking"],
        "offered_by": "Burgerlink (ICTU)",
        "summary": "Burgers via internet betrekken bij beleid en uitvoering, en hun ervaringen benutten.",
        "purpose": (
            "<p>Burgerlink ontwikkelde en testte instrumenten om burgers te laten meedenken, als nieuwe generatie "
            "burgerconsultatie: een 'webantenne' die signaleert wat er leeft en een waarderingswebsite voor "
            "concrete ervaringen met de dienstverlening.</p>"
        ),
        "how_to_use": [
            "Kies het instrument bij de vraag: signaleren wat er leeft, of ervaringen met een dienst verzamelen.",
            "Laat zien wat er met de inbreng gebeurt; anders haken deelnemers af.",
        ],
    },
    {
        "slug": "benchmark",
        "title": "Benchmark en prestatievergelijking",
        "pillar": "lerend-vermogen",
        "themes": ["intern-leervermogen", "externe-kennisdeling"],
        "offered_by": "Ministerie van BZK (begeleiding, overzicht en trainingsmodule 'benchmarkgame')",
        "summary": (
            "Organisaties vergelijken systematisch hun prestaties en werkwijzen om van elkaar te leren en "
            "goede voorbeelden te vinden."
        ),
        "purpose": (
            "<p>Een benchmark vraagt om een systematische analyse en uitwisseling van informatie over prestaties "
            "en werkwijzen. Zo worden kwaliteitsverbeteringen, organisatieveranderingen en innovaties mogelijk, "
            "en kan een organisatie zich spiegelen aan de beste.</p>"
        ),
        "how_to_use": [
            "Bereid deelnemers voor met een training, zoals de 'benchmarkgame' uit het programma Good Governance.",
            "Ontwikkel de indicatoren samen met de deelnemers: daar begint het leren al.",
            (
                "Gebruik de vergelijking als vertrekpunt voor het gesprek over "
                "achtergronden en good practices, niet als eindoordeel."
            ),
        ],
    },
    {
        "slug": "internetspiegel",
        "title": "InternetSpiegel",
        "pillar": "lerend-vermogen",
        "themes": ["werkgeverschap", "intern-leervermogen"],
        "offered_by": "Ministerie van BZK (ontwikkeld in 2004)",
        "summary": (
            "Een online onderzoeks- en benchmarkinstrument waarmee overheidsorganisaties hun medewerkers bevragen "
            "over tevredenheid, werkdruk en arbeidsomstandigheden."
        ),
        "purpose": (
            "<p>Omdat het proces volledig geautomatiseerd is, wordt medewerkersonderzoek makkelijker en goedkoper. "
            "De uitkomsten zijn te vergelijken met die van andere overheidsorganisaties. Eind 2006 werkten naar "
            "verwachting 200 tot 250 organisaties met het instrument.</p>"
        ),
        "how_to_use": [
            "Zet de eigen uitkomsten naast die van vergelijkbare organisaties om ze in perspectief te plaatsen.",
            "Gebruik de modules over integriteit en ethiek en over klanttevredenheid om ook de kwaliteit van "
            "diensten in beeld te brengen.",
        ],
    },
    {
        "slug": "leerplatform",
        "title": "Leerplatform",
        "pillar": "lerend-vermogen",
        "themes": ["externe-kennisdeling", "netwerksamenwerking"],
        "offered_by": "Ministerie van BZK (inventarisatie en ondersteuning)",
        "summary": (
            "Een fysieke of virtuele omgeving waarin organisaties of mensen van elkaar leren door kennis uit te "
            "wisselen en over te dragen."
        ),
        "purpose": (
            "<p>Een leerplatform werkt het best voor organisaties die met dezelfde soort problemen te maken hebben: "
            "gemeenten onderling, maar juist ook verschillende typen organisaties.</p>"
        ),
        "how_to_use": [
            (
                "Begin bij de leervragen van de deelnemers en breng "
                "organisaties met vergelijkbare primaire processen samen."
            ),
            "Dit platform is zelf een leerplatform: zoek vergelijkbare organisaties in de kennisbank.",
        ],
    },
    {
        "slug": "leergang-good-governance",
        "title": "Leergang Good Governance Openbare Sector",
        "pillar": "leiderschap",
        "themes": [],
        "offered_by": (
            "Ministerie van BZK met onderwijspartners voor de openbare sector, zoals het Rijksopleidingsinstituut"
        ),
        "summary": (
            "Een leergang over de paradoxen en dilemma's van de publieke manager die de principes van goed "
            "bestuur tot leidraad wil maken."
        ),
        "purpose": (
            "<p>Leidinggeven in de openbare sector is spelen met paradoxen: belangen van klanten, medewerkers, "
            "politiek en regelgeving, met beperkte middelen. De leergang helpt managers daarin hun weg te vinden; "
            "trainingen over integriteit en benchmarkgames zijn erin opgenomen.</p>"
        ),
        "how_to_use": ["Volg de leergang als geheel of kies losse modules, zoals integriteit of benchmarken."],
    },
    {
        "slug": "managementportal",
        "title": "Interactief portaal voor managementvragen",
        "pillar": "leiderschap",
        "themes": ["intern-leervermogen"],
        "offered_by": "Ministerie van BZK (managementtools); op dit platform: de Vraagbaak",
        "summary": (
            "Managers krijgen antwoord op managementvragen en dilemma's, ook van collega's die met vergelijkbare "
            "problemen worstelen of worstelden."
        ),
        "purpose": (
            "<p>Het programma Good Governance wilde managers ondersteunen bij concrete managementproblemen met "
            "moderne communicatiemiddelen. De kern: een portaal waar je niet alleen informatie vindt, maar ook "
            "collega's die je verder helpen.</p>"
        ),
        "how_to_use": [
            "Stel uw vraag of dilemma in de Vraagbaak van dit platform en bekijk eerst vergelijkbare vragen."
        ],
    },
    {
        "slug": "bios",
        "title": "BIOS: Bureau Integriteitsbevordering Openbare Sector",
        "pillar": "transparantie-en-integriteit",
        "themes": ["externe-kennisdeling"],
        "offered_by": "Ministerie van BZK (van start in maart 2006)",
        "summary": (
            "Een expertisecentrum dat overheidsorganisaties helpt een breed, doelgericht en effectief "
            "integriteitsbeleid te voeren."
        ),
        "purpose": (
            "<p>BIOS biedt integriteitsinstrumenten, zoals de Integriteitskubus, SAINT en een voorbeeldcode, en "
            "verzamelt en deelt kennis over integriteit in de openbare sector.</p>"
        ),
        "how_to_use": ["Gebruik de instrumenten en voorbeelden van BIOS als start voor het eigen integriteitsbeleid."],
    },
    {
        "slug": "saint",
        "title": "SAINT: Self Assessment INTegriteit",
        "pillar": "transparantie-en-integriteit",
        "themes": ["intern-leervermogen"],
        "offered_by": "Ontwikkeld door de Algemene Rekenkamer, het Bureau Integriteit van de gemeente Amsterdam en BZK",
        "summary": (
            "Een zelfevaluatie waarmee een organisatie haar kwetsbare processen, de integriteitsrisico's daarin "
            "en de volwassenheid van haar integriteitsmaatregelen in beeld brengt."
        ),
        "purpose": (
            "<p>SAINT geeft een globaal inzicht in kwetsbare processen en in de volledigheid van het stelsel van "
            "maatregelen om integriteit te bevorderen, het integriteitssysteem. BZK was verantwoordelijk voor de "
            "uitrol en doorontwikkeling.</p>"
        ),
        "how_to_use": [
            "Voer de zelfevaluatie uit met medewerkers die de processen kennen, onder leiding van een begeleider.",
            "Vertaal de uitkomsten naar concrete maatregelen en herhaal de analyse na verloop van tijd.",
        ],
    },
    {
        "slug": "integriteitskubus",
        "title": "Integriteitskubus",
        "pillar": "transparantie-en-integriteit",
        "themes": [],
        "offered_by": "BIOS (gepresenteerd in mei 2006)",
        "summary": (
            "Een multimediaal instrument voor dilemmatraining: filmfragmenten als start van het gesprek over "
            "integriteit in groepen ambtenaren."
        ),
        "purpose": (
            "<p>De Integriteitskubus helpt dilemma's uit de eigen werkomgeving bespreekbaar te maken. Het instrument "
            "bouwt voort op de Visiekubus die het ministerie van Justitie in 1999 ontwikkelde.</p>"
        ),
        "how_to_use": [
            "Gebruik de fragmenten in een training of teamoverleg en laat deelnemers hun eigen keuzes bespreken."
        ],
    },
    {
        "slug": "dilemmatraining",
        "title": "Dilemmatraining",
        "pillar": "transparantie-en-integriteit",
        "themes": ["intern-leervermogen"],
        "offered_by": (
            "Onder meer het Bureau Integriteit van de gemeente Amsterdam en trainers integriteit en goed bestuur"
        ),
        "summary": (
            "Oefenen met morele dilemma's uit het dagelijks werk, om het morele bewustzijn van bestuurders en "
            "ambtenaren te vergroten."
        ),
        "purpose": (
            "<p>In trainingen noemen bestuurders en ambtenaren steeds dezelfde waarden die richting geven: "
            "betrouwbaar, open, eerlijk, verantwoordelijk. Toch schiet de aandacht voor dilemma's er in drukke tijden "
            "vaak bij in. Een dilemmatraining maakt ruimte voor dat gesprek, "
            "vóór er iets misgaat in plaats van erna.</p>"
        ),
        "how_to_use": [
            "Werk met situaties uit de eigen praktijk en bespreek de afwegingen, niet alleen de uitkomst.",
            "Herhaal de training: integriteit is vakmanschap dat onderhoud vraagt.",
            "Betrek ook burgers als bondgenoot in goed bestuur.",
        ],
    },
]

#: Events; ``days`` is relative to the day the demo is loaded (negative: in the past).
EVENTS = [
    {
        "slug": "symposium-leren-van-de-finalisten",
        "title": "Symposium: leren van de finalisten",
        "event_type": "symposium",
        "days": 30,
        "hour": 13,
        "duration_hours": 4,
        "location": "Den Haag",
        "province": "zuid-holland",
        "is_online": False,
        "organiser": "Redactie Leerplatform Publiek Management",
        "capacity": 150,
        "themes": ["intern-leervermogen", "innovatie"],
        "summary": (
            "Finalisten van de verkiezing Beste Overheidsorganisatie vertellen wat zij anders deden, en wat u "
            "daarvan kunt overnemen."
        ),
        "body": (
            "Dertien publieke organisaties, van een samenwerkingsverband met twintig medewerkers tot een "
            "uitvoeringsorganisatie met duizenden, laten zien hoe zij werken aan openheid, leervermogen en "
            "innovatie. In rondetafelgesprekken gaat u met hen in gesprek over uw eigen vraagstukken."
        ),
    },
    {
        "slug": "workshop-burgerservicecode-in-de-praktijk",
        "title": "Workshop: de BurgerServiceCode in de praktijk",
        "event_type": "workshop",
        "days": 45,
        "hour": 10,
        "duration_hours": 2,
        "location": "",
        "is_online": True,
        "organiser": "VGS-werkgroep Dienstverlening",
        "capacity": 40,
        "themes": ["klantorientatie", "openheid"],
        "summary": "Van tien kwaliteitseisen naar concrete servicenormen in uw kwaliteitshandvest.",
        "body": (
            "In deze online workshop vertalen deelnemers de normen over informatie en transactie naar "
            "servicenormen die inwoners herkennen. U neemt uw eigen handvest of een eerste opzet mee."
        ),
    },
    {
        "slug": "regiobijeenkomst-benchmarking-noord-nederland",
        "title": "Regiobijeenkomst benchmarking Noord-Nederland",
        "event_type": "regional",
        "days": 60,
        "hour": 14,
        "duration_hours": 3,
        "location": "Groningen",
        "province": "groningen",
        "is_online": False,
        "organiser": "VGS-werkgroep Benchmarking en kwaliteit van de overheid",
        "capacity": 30,
        "themes": ["lerend-vermogen"],
        "summary": "Gemeenten uit het noorden vergelijken hun uitkomsten en bespreken wat zij ervan leren.",
        "body": (
            "De werkgroep wil dat zoveel mogelijk gemeenten meedoen aan benchmarks. In deze bijeenkomst bespreken "
            "gemeentesecretarissen hoe raad en college de uitkomsten gebruiken om te sturen."
        ),
    },
    {
        "slug": "dilemmatraining-voor-leidinggevenden",
        "title": "Dilemmatraining voor leidinggevenden",
        "event_type": "workshop",
        "days": 20,
        "hour": 9,
        "duration_hours": 3,
        "location": "Utrecht",
        "province": "utrecht",
        "is_online": False,
        "organiser": "Redactie Leerplatform Publiek Management",
        "capacity": 20,
        "themes": ["transparantie-en-integriteit", "leiderschap"],
        "summary": "Oefenen met morele dilemma's uit het werk van publieke managers.",
        "body": (
            "Aan de hand van situaties uit de praktijk bespreekt u welke waarden richting geven en hoe u "
            "integriteit in uw team bespreekbaar maakt, vóórdat er iets misgaat."
        ),
    },
    {
        "slug": "werkconferentie-good-governance-in-de-praktijk",
        "title": "Werkconferentie Good Governance in de praktijk",
        "event_type": "conference",
        "days": -90,
        "hour": 10,
        "duration_hours": 6,
        "location": "Den Haag",
        "province": "zuid-holland",
        "is_online": False,
        "organiser": "Redactie Leerplatform Publiek Management",
        "capacity": 200,
        "themes": ["klantorientatie", "lerend-vermogen", "leiderschap", "transparantie-en-integriteit"],
        "summary": "De vier pijlers van goed bestuur, met voorbeelden van Den Haag, UWV, de RBB-Groep en Amsterdam.",
        "body": (
            "Sprekers uit de praktijk lieten zien hoe klantoriëntatie, lerend vermogen, leiderschap en "
            "transparantie en integriteit in hun organisatie vorm kregen."
        ),
    },
    {
        "slug": "online-sessie-samenwerking-in-europa",
        "title": "Online sessie: samenwerking in Europa",
        "event_type": "meeting",
        "days": -40,
        "hour": 15,
        "duration_hours": 1,
        "location": "",
        "is_online": True,
        "organiser": "Resultancy-team Samenwerking in Europa",
        "capacity": None,
        "themes": ["netwerksamenwerking"],
        "summary": "Uitvoeringsorganisaties deelden ervaringen met Europese regels en klanten over de grens.",
        "body": (
            "Het resultancy-team presenteerde de eerste oplossingsrichtingen en verzamelde vragen voor een "
            "volgende ronde."
        ),
    },
]

#: News items; ``days`` before the day the demo is loaded.
NEWS = [
    {
        "slug": "kennisbank-van-start-met-dertien-finalisten",
        "title": "Kennisbank van start met dertien finalisten",
        "days": 7,
        "themes": ["externe-kennisdeling"],
        "summary": (
            "De dertien finalisten van de verkiezing Beste Overheidsorganisatie 2014-2017 staan nu in de "
            "kennisbank, met per thema wat zij deden."
        ),
        "body": (
            "Van Jeugdbescherming Regio Amsterdam tot Waterschap Brabantse Delta: elke finalist is beschreven op "
            "openheid, intern leervermogen, werkgeverschap, veerkracht, maatschappelijke betrokkenheid, "
            "netwerksamenwerking, externe kennisdeling en innovatie. Bij elke beschrijving ziet u welke "
            "organisaties het meest vergelijkbaar zijn."
        ),
    },
    {
        "slug": "vergelijkbare-organisaties-vinden",
        "title": "Nieuw: vergelijkbare organisaties vinden",
        "days": 3,
        "themes": ["lerend-vermogen"],
        "summary": (
            "Filter de praktijkvoorbeelden op bestuurslaag, type, omvang, domein, provincie, thema en jaar, of "
            "bekijk ze op de kaart."
        ),
        "body": (
            "Wie wil leren van een organisatie die op de eigen organisatie lijkt, vindt die nu snel. Elke keuze "
            "laat zien hoeveel voorbeelden overblijven, en een link met uw keuzes kunt u delen met collega's."
        ),
    },
    {
        "slug": "integriteit-bespreekbaar-maken",
        "title": "Integriteit bespreekbaar maken: instrumenten op een rij",
        "days": 30,
        "themes": ["transparantie-en-integriteit"],
        "summary": (
            "SAINT, de Integriteitskubus en dilemmatrainingen helpen integriteit te verankeren in het dagelijks werk."
        ),
        "body": (
            "Integriteit krijgt in organisaties vaak pas aandacht na een misstand. De redactie zette de "
            "instrumenten uit het programma Good Governance en de Leidraad Goed bestuur op een rij, zodat u "
            "eerder kunt beginnen."
        ),
    },
]


#: (kind, slug, note) of the home page's featured collection, in order.
HOME_FEATURED = [
    ("case", "jeugdbescherming-regio-amsterdam", "Een scherpe missie bracht de hele organisatie in beweging."),
    ("case", "parkstad-limburg", "Een kleine organisatie die landelijk het verschil maakte."),
    ("instrument", "burgerservicecode", "Tien kwaliteitseisen als basis voor uw dienstverlening."),
    ("event", "symposium-leren-van-de-finalisten", ""),
]

#: Featured collections on theme pages: theme slug -> [(kind, slug, note)].
THEME_FEATURED = {
    "klantorientatie": [
        ("case", "gemeente-den-haag", "Van ambitie in 2001 naar de titel meest klantgerichte gemeente."),
        ("instrument", "kwaliteitshandvest", ""),
        ("instrument", "burgerservicecode", ""),
    ],
    "transparantie-en-integriteit": [
        ("case", "gemeente-amsterdam", ""),
        ("instrument", "saint", ""),
    ],
}
