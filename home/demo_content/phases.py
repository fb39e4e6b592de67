"""The phase guide: an overview and the five phases of an area-based initiative."""

from .text import t


def step(text, *sub_points):
    return {"text": text, "sub_points": list(sub_points)}


def actor(name, role):
    return {"actor": name, "role": role}


PHASE_GUIDE = {
    "slug": t("faser", "faser", "phases"),
    "title": t("Fasene i en områdesatsing", "Faserna i en områdesinsats", "The phases of an area initiative"),
    "intro": t(
        "<p>En områdesatsing er et langt løp. Veiviseren deler arbeidet i fem faser, fra "
        "kunnskapen man trenger før man starter til hvordan resultatene lever videre når "
        "satsingen er over. Fasene overlapper i praksis: kunnskap må hentes inn hele veien, "
        "og beboerne skal være med fra første dag.</p>"
        "<p>Hver fase beskriver hva den skal føre til, stegene i prosessen, hvem som gjør "
        "hva, verktøy og eksempler, og lovene som gir mandat og rammer.</p>",
        "<p>En områdesinsats är ett långt arbete. Vägledningen delar in det i fem faser, "
        "från den kunskap man behöver innan man börjar till hur resultaten lever vidare när "
        "insatsen är slut. I praktiken går faserna in i varandra: kunskap behöver samlas in "
        "hela tiden, och de boende ska vara med från första dagen.</p>"
        "<p>Varje fas beskriver vad den ska leda till, stegen i processen, vem som gör vad, "
        "verktyg och exempel, och de lagar som ger mandat och ramar.</p>",
        "<p>An area initiative is a long undertaking. This guide divides the work into five "
        "phases, from the knowledge you need before you start to how the results live on "
        "once the initiative has ended. In practice the phases overlap: knowledge must be "
        "gathered all along, and residents take part from the first day.</p>"
        "<p>Each phase sets out what it should lead to, the steps of the process, who does "
        "what, tools and examples, and the laws that give a mandate and set the "
        "framework.</p>",
    ),
}

PHASE_1 = {
    "number": 1,
    "slug": t("kunnskapsgrunnlag", "kunskapsunderlag", "knowledge-base"),
    "title": t("Kunnskapsgrunnlag", "Kunskapsunderlag", "Knowledge base"),
    "short_description": t(
        "Lær av andre områdesatsinger og bli godt kjent med området: behovene, hva beboerne "
        "ønsker og hvilke ressurser som allerede finnes der.",
        "Lär av andra områdesinsatser och lär känna området väl: behoven, vad de boende "
        "önskar och vilka resurser som redan finns där.",
        "Learn from other area initiatives and get to know the area well: its needs, what "
        "residents want and the resources already there.",
    ),
    "description": t(
        "<p>Før innsatsen tar form, trenger kommunen to slags kunnskap. Den ene er erfaring "
        "fra lignende arbeid i Norge og i andre land: hvilke metoder som er brukt, hvordan "
        "arbeidet var organisert, hvilke virkemidler som ble tatt i bruk, hva som ga "
        "resultater og hva som skulle til for å lykkes. Slik kunnskap finnes i forskning, "
        "evalueringer og rapporter, men den blir mer levende gjennom befaringer, "
        "studiereiser og samtaler med fagmiljøer og folk som har gjort eller studert "
        "tilsvarende satsinger.</p>"
        "<p>Den andre er kunnskap om selve området: de lokale behovene, hva beboerne mener "
        "om utviklingen og hva de ønsker seg, og hvilke ressurser og muligheter som allerede "
        "finnes der.</p>",
        "<p>Innan insatsen tar form behöver kommunen två slags kunskap. Den ena är "
        "erfarenheter från liknande arbete i hemlandet och i andra länder: vilka metoder som "
        "använts, hur arbetet organiserades, vilka verktyg man använde, vad som gav "
        "resultat och vad som krävdes för att lyckas. Sådan kunskap finns i forskning, "
        "utvärderingar och rapporter, men den blir mer levande genom platsbesök, "
        "studieresor och samtal med kunskapsmiljöer och personer som har genomfört eller "
        "studerat liknande insatser.</p>"
        "<p>Den andra är kunskap om själva området: de lokala behoven, vad de boende tycker "
        "om utvecklingen och vad de önskar sig, och vilka resurser och möjligheter som redan "
        "finns där.</p>",
        "<p>Before the initiative takes shape the municipality needs two kinds of knowledge. "
        "The first is experience from similar work at home and abroad: which methods were "
        "used, how the work was organised, which instruments were applied, what produced "
        "results and what it took to succeed. Such knowledge is found in research, "
        "evaluations and reports, but it comes alive through site visits, study trips and "
        "conversations with experts and people who have run or studied similar "
        "initiatives.</p>"
        "<p>The second is knowledge of the area itself: local needs, what residents think "
        "about its development and what they wish for, and the resources and opportunities "
        "already present.</p>",
    ),
    "expected_results": t(
        "<ul><li>Et bredt og solid kunnskapsgrunnlag fra andre områdesatsinger, bygd på "
        "litteraturstudier, befaringer og studiereiser.</li>"
        "<li>Et bredt kunnskapsgrunnlag om det lokale området, hentet inn med ulike analyser "
        "og kartleggingsmetoder, med både objektive fakta og beboernes egne "
        "vurderinger.</li>"
        "<li>En felles forståelse i kommunen av hvilke utfordringer og muligheter området "
        "har.</li></ul>"
        "<p>Kunnskap fra andre satsinger og kartleggingen av eget område hentes gjerne inn "
        "samtidig, med hovedtyngden i starten. Senere i arbeidet suppleres grunnlaget med "
        "mer detaljert kunnskap om enkelttemaer og med erfaringene fra eget arbeid.</p>",
        "<ul><li>Ett brett och stabilt kunskapsunderlag från andra områdesinsatser, byggt på "
        "litteraturstudier, platsbesök och studieresor.</li>"
        "<li>Ett brett kunskapsunderlag om det lokala området, insamlat med olika analyser "
        "och kartläggningsmetoder, med både objektiva fakta och de boendes egna "
        "bedömningar.</li>"
        "<li>En gemensam förståelse i kommunen av vilka utmaningar och möjligheter området "
        "har.</li></ul>"
        "<p>Kunskap från andra insatser och kartläggningen av det egna området samlas ofta in "
        "samtidigt, med tyngdpunkten i början. Senare kompletteras underlaget med mer "
        "detaljerad kunskap om enskilda teman och med erfarenheterna från det egna "
        "arbetet.</p>",
        "<ul><li>A broad and solid knowledge base from other area initiatives, built on "
        "literature reviews, site visits and study trips.</li>"
        "<li>A broad knowledge base about the local area, gathered with a range of analyses "
        "and mapping methods, combining objective facts with residents' own "
        "assessments.</li>"
        "<li>A shared understanding within the municipality of the area's challenges and "
        "opportunities.</li></ul>"
        "<p>Learning from other initiatives and mapping your own area usually happen side by "
        "side, with most of the effort at the start. Later on the base is topped up with "
        "more detailed knowledge on particular themes and with lessons from your own "
        "work.</p>",
    ),
    "process": [
        step(
            t(
                "Avklar hvilken kunnskap dere trenger, og hvordan den skal skaffes.",
                "Klargör vilken kunskap ni behöver och hur den ska tas fram.",
                "Decide what knowledge you need and how you will obtain it.",
            )
        ),
        step(
            t(
                "Gå gjennom forskning, undersøkelser og evalueringer fra lignende satsinger. Dra "
                "på befaringer og studiereiser der det er nyttig, og knytt kontakt med "
                "fagmiljøer og ressurspersoner på feltet.",
                "Gå igenom forskning, undersökningar och utvärderingar från liknande insatser. "
                "Gör platsbesök och studieresor där det är till nytta, och knyt kontakter med "
                "kunskapsmiljöer och nyckelpersoner inom området.",
                "Review research, surveys and evaluations from similar initiatives. Make site "
                "visits and study trips where they help, and build contacts with experts and "
                "key people in the field.",
            )
        ),
        step(
            t(
                "Samle det kommunen allerede vet om området: tidligere undersøkelser og studier, "
                "statistikk og annen tilgjengelig informasjon.",
                "Samla det kommunen redan vet om området: tidigare undersökningar och studier, "
                "statistik och annan tillgänglig information.",
                "Gather what the municipality already knows about the area: earlier surveys and "
                "studies, statistics and other information at hand.",
            )
        ),
        step(
            t(
                "Gå gjennom planer og pågående prosjekter i området, også det arbeidet de ulike "
                "tjenesteområdene allerede gjør der.",
                "Gå igenom planer och pågående projekt i området, även det arbete som olika "
                "förvaltningar redan gör där.",
                "Go through plans and ongoing projects in the area, including the work the "
                "various service departments already do there.",
            )
        ),
        step(
            t(
                "Finn interessentene, ressursene og rollene i området: frivillige organisasjoner, "
                "bruker- og pårørendeorganisasjoner, offentlige og private aktører.",
                "Identifiera intressenterna, resurserna och rollerna i området: ideella "
                "föreningar, brukar- och anhörigorganisationer, offentliga och privata aktörer.",
                "Identify the stakeholders, resources and roles in the area: voluntary "
                "organisations, user and carer organisations, public and private actors.",
            )
        ),
        step(
            t(
                "Bestem hvem som skal involveres i den første kartleggingen, om hva og på hvilken måte.",
                "Bestäm vem som ska involveras i den första kartläggningen, i vad och på vilket sätt.",
                "Decide who will be involved in the first mapping, in what, and how.",
            ),
            t(
                "Folkemøter, oppstartskonferanser og arbeidsgrupper når ikke alle. Ansatte som "
                "over tid er til stede i nærmiljøet og oppsøker beboerne der de er, får ofte en "
                "lettere og mer åpen dialog og når langt flere.",
                "Stormöten, startkonferenser och arbetsgrupper når inte alla. Medarbetare som "
                "under lång tid finns på plats i närmiljön och söker upp de boende där de är får "
                "ofta en enklare och öppnare dialog och når betydligt fler.",
                "Public meetings, launch conferences and working groups do not reach everyone. "
                "Staff who are present in the neighbourhood over time and seek residents out "
                "where they are usually get an easier, more open dialogue and reach far more "
                "people.",
            ),
        ),
        step(
            t(
                "Velg metoder for kartlegging og analyse av området.",
                "Välj metoder för kartläggning och analys av området.",
                "Choose methods for mapping and analysing the area.",
            ),
            t(
                "Dere trenger to typer lokalkunnskap: objektive fakta om området og innbyggerne, "
                "og beboernes egne vurderinger og beskrivelser.",
                "Ni behöver två sorters lokalkunskap: objektiva fakta om området och invånarna, "
                "och de boendes egna bedömningar och beskrivningar.",
                "You need two kinds of local knowledge: objective facts about the area and its "
                "people, and residents' own assessments and descriptions.",
            ),
            t(
                "Gjennomfør stedsanalyser som beskriver den fysiske tilstanden i området.",
                "Genomför platsanalyser som beskriver det fysiska tillståndet i området.",
                "Carry out place analyses that describe the physical state of the area.",
            ),
            t(
                "Gjennomfør en sosiokulturell stedsanalyse der beboerne selv beskriver "
                "utfordringer, behov, kvaliteter og muligheter i området.",
                "Genomför en sociokulturell platsanalys där de boende själva beskriver "
                "utmaningar, behov, kvaliteter och möjligheter i området.",
                "Carry out a socio-cultural place analysis in which residents themselves "
                "describe the area's challenges, needs, qualities and opportunities.",
            ),
        ),
        step(
            t(
                "Gjør supplerende undersøkelser blant beboergrupper som er underrepresentert i "
                "kartleggingene.",
                "Gör kompletterande undersökningar bland grupper av boende som är "
                "underrepresenterade i kartläggningarna.",
                "Run additional surveys among groups of residents who are under-represented in the mapping.",
            )
        ),
        step(
            t(
                "Bestill mulighetsstudier der dere trenger flere ideer for viktige delområder eller temaer.",
                "Beställ möjlighetsstudier där ni behöver fler idéer för viktiga delområden eller teman.",
                "Commission feasibility studies where you need more ideas for important parts "
                "of the area or particular themes.",
            )
        ),
    ],
    "city_processes": [
        {
            "city": t("Områdeløft i Oslo", "Områdeinsatser i Oslo", "Area programmes in Oslo"),
            "municipalities": ["oslo"],
            "steps": [
                t(
                    "Bydelen lager en grunnlagsdokumentasjon (foranalyse) for området før "
                    "områdeløftet starter.",
                    "Stadsdelen tar fram ett grundunderlag (förstudie) för området innan "
                    "områdeinsatsen startar.",
                    "The city district prepares baseline documentation (a preliminary "
                    "analysis) for the area before the programme starts.",
                ),
                t(
                    "Kunnskapen hentes fra flere kilder: statistikk, stedsanalyser, de ansatte "
                    "i bydelen og beboerne selv.",
                    "Kunskapen hämtas från flera källor: statistik, platsanalyser, stadsdelens "
                    "medarbetare och de boende själva.",
                    "Knowledge is drawn from several sources: statistics, place analyses, the "
                    "district's staff and the residents themselves.",
                ),
                t(
                    "Funnene drøftes i prosjektgrupper, ledergrupper, programstyret og "
                    "tverrfaglige fora, slik at alle får en felles forståelse av området.",
                    "Resultaten diskuteras i projektgrupper, ledningsgrupper, programstyrelsen "
                    "och tvärfackliga forum, så att alla får en gemensam bild av området.",
                    "The findings are discussed in project groups, management teams, the "
                    "programme board and cross-disciplinary forums, so that everyone shares one "
                    "picture of the area.",
                ),
                t(
                    "Håndboken «Riktig kunnskap – viktig kunnskap» gir metodestøtte til "
                    "kilder, analyse og beboernes deltakelse i kunnskapsarbeidet.",
                    "Handboken «Riktig kunnskap – viktig kunnskap» ger metodstöd för källor, "
                    "analys och de boendes deltagande i kunskapsarbetet.",
                    "The handbook 'Riktig kunnskap – viktig kunnskap' gives method support on "
                    "sources, analysis and residents' part in producing knowledge.",
                ),
            ],
        },
        {
            "city": t("Områdesatsing i Bergen", "Områdesinsats i Bergen", "Area initiatives in Bergen"),
            "municipalities": ["bergen"],
            "steps": [
                t(
                    "Kommunen sammenligner levekårs- og folkehelsedata for bydelene for å velge "
                    "hvor innsatsen skal settes inn.",
                    "Kommunen jämför data om levnadsvillkor och folkhälsa för stadsdelarna för "
                    "att välja var insatsen ska göras.",
                    "The municipality compares living-condition and public health data for its "
                    "districts to decide where to focus.",
                ),
                t(
                    "En stedsanalyse og samtaler med beboere, lag og foreninger i det valgte "
                    "området utdyper bildet.",
                    "En platsanalys och samtal med boende, föreningar och organisationer i det "
                    "valda området fördjupar bilden.",
                    "A place analysis and conversations with residents, clubs and associations "
                    "in the chosen area deepen the picture.",
                ),
                t(
                    "Kunnskapsgrunnlaget legges fram for politisk behandling som grunnlag for programmet.",
                    "Kunskapsunderlaget läggs fram för politiskt beslut som grund för programmet.",
                    "The knowledge base goes to the politicians as the basis for the programme.",
                ),
            ],
        },
        {
            "city": t(
                "Innsatser i Trondheim, Drammen, Fredrikstad, Sarpsborg og Asker",
                "Insatser i Trondheim, Drammen, Fredrikstad, Sarpsborg och Asker",
                "Initiatives in Trondheim, Drammen, Fredrikstad, Sarpsborg and Asker",
            ),
            "municipalities": ["trondheim", "drammen", "fredrikstad", "sarpsborg", "asker"],
            "steps": [
                t(
                    "Start fra kommunens folkehelseoversikt (folkehelseloven § 5) og se "
                    "levekårene i området opp mot resten av kommunen.",
                    "Utgå från kommunens folkhälsoöversikt (folkehelseloven § 5) och jämför "
                    "levnadsvillkoren i området med resten av kommunen.",
                    "Start from the municipality's public health overview (Public Health Act "
                    "§ 5) and compare living conditions in the area with the rest of the "
                    "municipality.",
                ),
                t(
                    "Lær av de større byene: bruk erfaringene fra Oslo og Bergen, og delta i "
                    "nettverk og på erfaringskonferanser.",
                    "Lär av de större städerna: använd erfarenheterna från Oslo och Bergen, och "
                    "delta i nätverk och på erfarenhetskonferenser.",
                    "Learn from the larger cities: use the experience of Oslo and Bergen, and "
                    "take part in networks and experience conferences.",
                ),
                t(
                    "Tilpass omfanget: en mindre kommune kan slå sammen stedsanalyse og "
                    "beboerdialog i én felles prosess.",
                    "Anpassa omfattningen: en mindre kommun kan slå samman platsanalys och "
                    "dialog med de boende i en gemensam process.",
                    "Fit the scale to the place: a smaller municipality can combine the place "
                    "analysis and the dialogue with residents in one process.",
                ),
            ],
        },
    ],
    "actors": [
        actor(
            t("Kommunen", "Kommunen", "The municipality"),
            t(
                "Tar initiativet til å bygge opp kunnskapsgrunnlaget for områdesatsingen.",
                "Tar initiativ till att bygga upp kunskapsunderlaget för områdesinsatsen.",
                "Takes the initiative to build the knowledge base for the area initiative.",
            ),
        ),
        actor(
            t("Beboerne", "De boende", "Residents"),
            t(
                "Er målgruppen og naturlige deltakere i kartleggingen. Kommunen må invitere "
                "beboerne inn, slik at de får eierskap til utviklingsarbeidet og resultatene.",
                "Är målgruppen och naturliga deltagare i kartläggningen. Kommunen behöver bjuda "
                "in de boende så att de känner ägarskap för utvecklingsarbetet och resultaten.",
                "Are the target group and natural participants in the mapping. The "
                "municipality must invite residents in so they come to own the development "
                "work and its results.",
            ),
        ),
        actor(
            t(
                "Frivillige organisasjoner og bruker- og pårørendeorganisasjoner",
                "Ideella föreningar och brukar- och anhörigorganisationer",
                "Voluntary, user and carer organisations",
            ),
            t(
                "Organisasjoner for grupper i alle aldre er naturlige samarbeidspartnere og bør "
                "inviteres med.",
                "Organisationer för grupper i alla åldrar är naturliga samarbetspartner och bör bjudas in.",
                "Organisations for groups of all ages are natural partners and should be invited.",
            ),
        ),
        actor(
            t("Privat næringsliv", "Privat näringsliv", "Private business"),
            t(
                "Kan være en god samarbeidspartner og gå inn i et partnerskap med det offentlige.",
                "Kan vara en bra samarbetspartner och ingå i ett partnerskap med det offentliga.",
                "Can be a good partner and enter into a partnership with the public sector.",
            ),
        ),
    ],
    "resources": [
        {"tool": "stedsanalyser"},
        {"tool": "grunnlagsdokumentasjon-groruddalen"},
        {"tool": "gode-naermiljoer"},
        {"tool": "alle-pa-banen"},
        {"tool": "riktig-kunnskap"},
        {"tool": "pilotbydel"},
        {"tool": "livskraftige-bomiljo"},
        {"tool": "veiviser-folkehelse"},
        {"tool": "foredrag-danske-storbyer"},
        {"tool": "foredrag-gardsten"},
        {"tool": "foredrag-holistic-approach"},
        {"tool": "bytte-ut-byen"},
    ],
    "legal_bases": ["folkehelseloven", "sosialtjenesteloven", "plan-og-bygningsloven"],
    "themes": ["folkehelse", "demokrati-og-medvirkning", "bolig-og-bymiljo"],
}

PHASE_2 = {
    "number": 2,
    "slug": t("planlegging-og-organisering", "planering-och-organisering", "planning-and-organisation"),
    "title": t("Planlegging og organisering", "Planering och organisering", "Planning and organisation"),
    "short_description": t(
        "Forankre satsingen politisk, sett mål sammen med dem det gjelder, og bygg en "
        "organisasjon med en koordinator som har et tydelig mandat.",
        "Förankra insatsen politiskt, sätt mål tillsammans med dem det gäller och bygg en "
        "organisation med en samordnare som har ett tydligt mandat.",
        "Anchor the initiative politically, set goals together with those concerned, and "
        "build an organisation with a coordinator who has a clear mandate.",
    ),
    "description": t(
        "<p>Når kunnskapsgrunnlaget er på plass, skal det bli en plan. Erfaringene fra Malmø, "
        "Oslo og de svenske lokale utviklingsavtalene peker i samme retning: arbeidet lykkes "
        "når politisk ledelse og toppledere står bak hele veien, når målene er realistiske "
        "og formulert sammen med beboerne, og når én person eller ett kontor har ansvar for å "
        "holde trådene samlet.</p>"
        "<p>Planen bør si hvordan arbeidet startes, hvilke behov det svarer på, hva målene er "
        "og når og hvordan satsingen avsluttes, hva som skal evalueres og hvilke økonomiske "
        "rammer som finnes.</p>",
        "<p>När kunskapsunderlaget finns ska det bli en plan. Erfarenheterna från Malmö, Oslo "
        "och de svenska lokala utvecklingsavtalen pekar åt samma håll: arbetet lyckas när "
        "den politiska ledningen och högre chefer står bakom hela vägen, när målen är "
        "realistiska och formulerade tillsammans med de boende, och när en person eller ett "
        "kontor har ansvaret för att hålla ihop trådarna.</p>"
        "<p>Planen bör säga hur arbetet initieras, vilka behov det svarar mot, vad målen är "
        "och när och hur insatsen avslutas, vad som ska utvärderas och vilka ekonomiska "
        "förutsättningar som finns.</p>",
        "<p>Once the knowledge base is in place it has to become a plan. The experience of "
        "Malmö, Oslo and the Swedish local development agreements points the same way: the "
        "work succeeds when political leaders and senior managers stand behind it all the "
        "way, when goals are realistic and written together with residents, and when one "
        "person or office is responsible for holding the threads together.</p>"
        "<p>The plan should say how the work starts, which needs it answers, what the goals "
        "are and when and how the initiative ends, what will be evaluated and what money is "
        "available.</p>",
    ),
    "expected_results": t(
        "<ul><li>Et formelt politisk vedtak med mandat, mål og avgrensning av området.</li>"
        "<li>Mål som er realistiske, målbare og formulert sammen med beboerne.</li>"
        "<li>En organisasjon med styringsgruppe, programleder eller koordinator og tydelige "
        "roller for tjenesteområdene.</li>"
        "<li>En langsiktig økonomisk plan og en plan for evaluering og avslutning.</li></ul>",
        "<ul><li>Ett formellt politiskt beslut med mandat, mål och avgränsning av "
        "området.</li>"
        "<li>Mål som är realistiska, mätbara och formulerade tillsammans med de boende.</li>"
        "<li>En organisation med styrgrupp, programledare eller samordnare och tydliga roller "
        "för förvaltningarna.</li>"
        "<li>En långsiktig ekonomisk plan och en plan för utvärdering och "
        "avslutning.</li></ul>",
        "<ul><li>A formal political decision with a mandate, goals and the boundaries of the "
        "area.</li>"
        "<li>Goals that are realistic, measurable and written together with residents.</li>"
        "<li>An organisation with a steering group, a programme manager or coordinator and "
        "clear roles for the service departments.</li>"
        "<li>A long-term budget and a plan for evaluation and for ending the "
        "initiative.</li></ul>",
    ),
    "process": [
        step(
            t(
                "Sørg for et formelt politisk vedtak som gir mandat og oppdrag, og som sier hva "
                "satsingen skal omfatte.",
                "Se till att det finns ett formellt politiskt beslut som ger mandat och uppdrag "
                "och som anger vad insatsen ska omfatta.",
                "Secure a formal political decision that gives a mandate and a task and says "
                "what the initiative covers.",
            ),
            t(
                "Legg ansvaret der det går på tvers av sektorene, for eksempel hos formannskapet "
                "eller kommunestyret, ikke hos én etat.",
                "Lägg ansvaret där det går tvärs över sektorerna, till exempel hos "
                "kommunstyrelsen, inte hos en enskild förvaltning.",
                "Place responsibility where it cuts across sectors, for example with the "
                "executive committee, not with a single department.",
            ),
            t(
                "Gjør prioriteringen synlig i beslutninger og rapporter gjennom hele perioden.",
                "Gör prioriteringen synlig i beslut och rapporter under hela perioden.",
                "Keep the priority visible in decisions and reports throughout the period.",
            ),
        ),
        step(
            t(
                "Formuler målene sammen med beboerne og de lokale aktørene.",
                "Formulera målen tillsammans med de boende och de lokala aktörerna.",
                "Write the goals together with residents and local actors.",
            ),
            t(
                "Sett mål som kan nås i perioden, og vis hvordan de henger sammen med byens overordnede mål.",
                "Sätt mål som kan nås under perioden och visa hur de hänger ihop med stadens "
                "övergripande mål.",
                "Set goals that can be reached within the period and show how they link to the "
                "city's overall goals.",
            ),
            t(
                "Regn på den økonomiske verdien av innsatsen – hva det koster å la være.",
                "Räkna på insatsens ekonomiska värde – vad det kostar att avstå.",
                "Work out the economic value of the effort – what it costs not to act.",
            ),
        ),
        step(
            t(
                "Bygg organisasjonen: en styringsgruppe, og en koordinator eller programleder "
                "med tydelig mandat som ser helheten og samordner innsatsen.",
                "Bygg organisationen: en styrgrupp, och en samordnare eller programledare med "
                "tydligt mandat som ser helheten och samordnar insatserna.",
                "Build the organisation: a steering group, and a coordinator or programme "
                "manager with a clear mandate who sees the whole and coordinates the effort.",
            ),
            t(
                "Hvor koordinatoren sitter, påvirker hvor stort gjennomslag arbeidet får. Nær "
                "kommunens toppledelse gir mest kraft.",
                "Var samordnaren sitter påverkar vilket genomslag arbetet får. Nära kommunens "
                "ledning ger mest kraft.",
                "Where the coordinator sits affects how much impact the work has. Close to the "
                "municipal leadership gives it the most weight.",
            ),
            t(
                "Gjør klart at koordinatoren samordner – alle tjenesteområder må fortsatt bidra.",
                "Gör klart att samordnaren samordnar – alla förvaltningar måste fortfarande bidra.",
                "Make it clear that the coordinator coordinates – every department still has to contribute.",
            ),
        ),
        step(
            t(
                "Sett opp en langsiktig økonomisk plan som tåler ettårige budsjetter, og finn "
                "ut hvilke statlige og europeiske midler som kan søkes.",
                "Gör en långsiktig ekonomisk plan som tål ettåriga budgetar, och ta reda på "
                "vilka statliga och europeiska medel som går att söka.",
                "Draw up a long-term budget that can survive one-year budget cycles, and find "
                "out which state and European funds can be applied for.",
            )
        ),
        step(
            t(
                "Bestem hva som skal evalueres og hvordan, før arbeidet starter.",
                "Bestäm vad som ska utvärderas och hur innan arbetet startar.",
                "Decide what will be evaluated, and how, before the work starts.",
            ),
            t(
                "En følgeevaluering underveis hjelper dere å se styrker og svakheter mens det "
                "ennå er tid til å justere kursen.",
                "En processutvärdering under arbetets gång hjälper er att se styrkor och "
                "svagheter medan det ännu finns tid att justera kursen.",
                "A process evaluation along the way helps you see strengths and weaknesses "
                "while there is still time to change course.",
            ),
        ),
        step(
            t(
                "Ha en beredskap for hvordan vanskeligheter og kriser skal håndteres, og en plan "
                "for hvordan satsingen skal avsluttes.",
                "Ha en beredskap för hur svårigheter och kriser ska hanteras, och en plan för "
                "hur insatsen ska avslutas.",
                "Have a plan for handling difficulties and crises, and a plan for how the "
                "initiative will end.",
            )
        ),
    ],
    "city_processes": [
        {
            "city": t("Organisering i Oslo", "Organisering i Oslo", "Organisation in Oslo"),
            "municipalities": ["oslo"],
            "steps": [
                t(
                    "Stat og kommune samarbeider om satsingen, og hvert områdeløft styres av "
                    "bydelen med et eget programstyre.",
                    "Staten och kommunen samarbetar om satsningen, och varje områdeinsats styrs "
                    "av stadsdelen med en egen programstyrelse.",
                    "The state and the city work together on the programme, and each area "
                    "programme is run by the district with its own programme board.",
                ),
                t(
                    "Planleggingen tar utgangspunkt i området, ikke i sektorene, slik at "
                    "virkemidlene fra flere etater kan samordnes.",
                    "Planeringen utgår från området, inte från sektorerna, så att verktygen "
                    "från flera förvaltningar kan samordnas.",
                    "Planning starts from the area, not from the sectors, so that the means of "
                    "several agencies can be coordinated.",
                ),
            ],
        },
        {
            "city": t(
                "Lokale utviklingsavtaler i Sverige",
                "Lokala utvecklingsavtal i Sverige",
                "Local development agreements in Sweden",
            ),
            "municipalities": ["malmo", "vaxjo", "uppsala"],
            "steps": [
                t(
                    "Staten og kommunen inngår en avtale om det lokale utviklingsarbeidet, og "
                    "statlige etater som politi og arbeidsformidling forplikter seg.",
                    "Staten och kommunen sluter ett avtal om det lokala utvecklingsarbetet, och "
                    "statliga myndigheter som polis och Arbetsförmedlingen förbinder sig.",
                    "The state and the municipality sign an agreement on local development "
                    "work, and state agencies such as the police and the employment service "
                    "commit to it.",
                ),
                t(
                    "Avtalet forankres hos kommunstyrelsen fordi arbeidet går på tvers av "
                    "nemndene, gjerne med både en politisk og en administrativ styringsgruppe.",
                    "Avtalet förankras i kommunstyrelsen eftersom arbetet är "
                    "nämndöverskridande, gärna med både en politisk och en icke-politisk "
                    "styrgrupp.",
                    "The agreement is anchored with the municipal executive board because the "
                    "work cuts across committees, often with both a political and an "
                    "administrative steering group.",
                ),
            ],
        },
    ],
    "actors": [
        actor(
            t(
                "Kommunestyret og formannskapet",
                "Kommunfullmäktige och kommunstyrelsen",
                "The municipal council and executive board",
            ),
            t(
                "Vedtar satsingen, gir mandat og holder prioriteringen synlig gjennom hele perioden.",
                "Beslutar om insatsen, ger mandat och håller prioriteringen synlig under hela perioden.",
                "Decides on the initiative, gives the mandate and keeps the priority visible throughout.",
            ),
        ),
        actor(
            t(
                "Koordinator eller programleder",
                "Samordnare eller programledare",
                "Coordinator or programme manager",
            ),
            t(
                "Samordner innsatsen ut fra et helhetsbilde og kobler aktører sammen – «spindelen i nettet».",
                "Samordnar insatserna utifrån en helhetsbild och kopplar ihop aktörer – «spindeln i nätet».",
                "Coordinates the effort from an overall view and links actors together – the "
                "spider in the web.",
            ),
        ),
        actor(
            t("Kommunens tjenesteområder", "Kommunens förvaltningar", "Municipal departments"),
            t(
                "Bidrar med egne ressurser og planlegger ut fra området i stedet for egen sektor.",
                "Bidrar med egna resurser och planerar utifrån området i stället för den egna sektorn.",
                "Contribute their own resources and plan from the area rather than from their own sector.",
            ),
        ),
        actor(
            t("Staten", "Staten", "The state"),
            t(
                "Gir langsiktig støtte, kunnskap og en arena for erfaringsutveksling, og styrer "
                "sine egne etater til å delta.",
                "Ger långsiktigt stöd, kunskap och en arena för erfarenhetsutbyte, och styr sina "
                "egna myndigheter till att delta.",
                "Provides long-term support, knowledge and a forum for sharing experience, and "
                "directs its own agencies to take part.",
            ),
        ),
        actor(
            t("Beboerne", "De boende", "Residents"),
            t(
                "Er med på å formulere målene, slik at de blir realistiske og eid av dem det gjelder.",
                "Är med och formulerar målen så att de blir realistiska och ägs av dem det gäller.",
                "Help write the goals, so that they are realistic and owned by those concerned.",
            ),
        ),
    ],
    "resources": [
        {"tool": "gode-naermiljoer"},
        {"tool": "slutredovisningar-2011"},
        {"tool": "malmokommissionen"},
        {"tool": "veiviser-folkehelse"},
    ],
    "legal_bases": ["plan-og-bygningsloven", "folkehelseloven", "plan-och-bygglagen"],
    "themes": ["samarbeid", "demokrati-og-medvirkning", "folkehelse"],
}

PHASE_3 = {
    "number": 3,
    "slug": t("mobilisering-og-samarbeid", "mobilisering-och-samverkan", "mobilisation-and-collaboration"),
    "title": t("Mobilisering og samarbeid", "Mobilisering och samverkan", "Mobilisation and collaboration"),
    "short_description": t(
        "Få beboere, foreninger, boligselskaper og næringsliv med, og bygg partnerskap som "
        "fører til handling.",
        "Få med de boende, föreningar, bostadsbolag och näringsliv, och bygg partnerskap som "
        "leder till handling.",
        "Bring residents, associations, housing companies and business on board, and build "
        "partnerships that lead to action.",
    ),
    "description": t(
        "<p>Det virker selvsagt at beboerne skal involveres, men det krever at man vet hvorfor, "
        "når og hvordan. Erfaringene fra Groruddalen skiller mellom to ting: "
        "beboerinnflytelse, der beboerne påvirker selve satsingen, og empowerment, der "
        "lokalsamfunnets eget engasjement styrkes over tid. Allmännyttans "
        "innovasjonslaboratorier viser hva som skjer når beboerne får drive utviklingen selv: "
        "nye foreninger, unge som driver kafé og lager sine egne sommerjobber, og kvinner som "
        "hjelper hverandre med å starte egen virksomhet.</p>"
        "<p>Samtidig trenger satsingen partnere. Samarbeid krever tid og arbeid, og det må "
        "handle om mer enn å utveksle informasjon.</p>",
        "<p>Det verkar självklart att de boende ska involveras, men det kräver att man vet "
        "varför, när och hur. Erfarenheterna från Groruddalen skiljer mellan två saker: de "
        "boendes inflytande över själva insatsen, och empowerment, där lokalsamhällets eget "
        "engagemang stärks över tid. Allmännyttans innovationslabb visar vad som händer när "
        "de boende själva får driva utvecklingen: nya föreningar, unga som driver café och "
        "skapar sina egna sommarjobb, och kvinnor som hjälper varandra att starta eget.</p>"
        "<p>Samtidigt behöver insatsen partner. Samverkan kräver tid och arbete, och den "
        "måste handla om mer än informationsutbyte.</p>",
        "<p>It seems obvious that residents should be involved, but it takes knowing why, when "
        "and how. The Groruddalen experience separates two things: resident influence over "
        "the initiative itself, and empowerment, where the community's own engagement grows "
        "stronger over time. The Allmännyttan innovation labs show what happens when "
        "residents drive the development themselves: new associations, young people running "
        "a café and creating their own summer jobs, and women helping each other start "
        "businesses.</p>"
        "<p>At the same time the initiative needs partners. Collaboration takes time and "
        "effort, and it must be about more than exchanging information.</p>",
    ),
    "expected_results": t(
        "<ul><li>Beboerne deltar i mange former, også grupper som sjelden møter opp på "
        "folkemøter.</li>"
        "<li>Et fysisk møtested i området og lokale prosessledere som er kjent for "
        "beboerne.</li>"
        "<li>Et partnerskap med felles målbilde, målbare mål og en strategi alle står "
        "bak.</li>"
        "<li>Flere aktive foreninger og nettverk på tvers av grupper.</li></ul>",
        "<ul><li>De boende deltar på många sätt, även grupper som sällan kommer på "
        "stormöten.</li>"
        "<li>En fysisk mötesplats i området och lokala processledare som de boende "
        "känner.</li>"
        "<li>Ett partnerskap med en gemensam målbild, mätbara mål och en strategi som alla "
        "står bakom.</li>"
        "<li>Fler aktiva föreningar och nätverk mellan olika grupper.</li></ul>",
        "<ul><li>Residents take part in many ways, including groups that rarely come to public "
        "meetings.</li>"
        "<li>A physical meeting place in the area and local process leaders whom residents "
        "know.</li>"
        "<li>A partnership with a shared vision, measurable goals and a strategy everyone "
        "supports.</li>"
        "<li>More active associations and networks across groups.</li></ul>",
    ),
    "process": [
        step(
            t(
                "Kartlegg interessentene og finn de felles interessene – hva kan hver aktør "
                "vinne på å være med?",
                "Kartlägg intressenterna och hitta de gemensamma intressena – vad kan varje "
                "aktör vinna på att vara med?",
                "Map the stakeholders and find common interests – what can each actor gain by joining?",
            )
        ),
        step(
            t(
                "Vær til stede i nærmiljøet og bruk mange metoder for medvirkning.",
                "Var på plats i närmiljön och använd många metoder för delaktighet.",
                "Be present in the neighbourhood and use many methods of participation.",
            ),
            t(
                "Tradisjonelle metoder er ikke nok i et område med en mangfoldig befolkning.",
                "Traditionella metoder räcker inte i ett område med en mångfaldig befolkning.",
                "Traditional methods are not enough in an area with a diverse population.",
            ),
            t(
                "Start fra en «ikke-vitende» posisjon: lytt og spør i hver samtale.",
                "Utgå från en «icke-vetande» position: lyssna och fråga i varje samtal.",
                "Start from a not-knowing position: listen and ask questions in every conversation.",
            ),
        ),
        step(
            t(
                "Skaff et lokale som kan bli et fysisk møtested og et lokalt ressurssenter.",
                "Skaffa en lokal som kan bli en fysisk mötesplats och ett lokalt resurscenter.",
                "Find premises that can become a physical meeting place and a local resource centre.",
            ),
            t(
                "Boligselskaper eier ofte lokaler og kan bli en viktig tilrettelegger.",
                "Bostadsbolag äger ofta lokaler och kan bli en viktig möjliggörare.",
                "Housing companies often own premises and can become a key enabler.",
            ),
        ),
        step(
            t(
                "Utpek lokale prosessledere som lytter, fanger opp det som engasjerer, og "
                "hjelper folk til å drive sakene sine selv.",
                "Utse lokala processledare som lyssnar, fångar upp det som engagerar och hjälper "
                "människor att driva sina frågor själva.",
                "Appoint local process leaders who listen, pick up what people care about and "
                "help them run their own causes.",
            )
        ),
        step(
            t(
                "Inngå samarbeidsavtaler: bli enige om et felles målbilde, målbare mål og en "
                "strategi alle står bak.",
                "Ingå samverkansavtal: enas om en gemensam målbild, mätbara mål och en strategi "
                "som alla står bakom.",
                "Sign cooperation agreements: agree on a shared vision, measurable goals and a "
                "strategy everyone supports.",
            )
        ),
        step(
            t(
                "Styrk frivilligheten: støtt etablering og drift av foreninger og legg til rette "
                "for kontakt på tvers av grupper.",
                "Stärk civilsamhället: stöd föreningar att starta och drivas och underlätta "
                "kontakt mellan olika grupper.",
                "Strengthen voluntary effort: help associations start and run, and make room "
                "for contact across groups.",
            ),
            t(
                "Vurder å gi foreninger en kompensasjon for tiden de legger ned i partnerskapet.",
                "Överväg att ersätta föreningar för den tid de lägger ned i partnerskapet.",
                "Consider paying associations for the time they put into the partnership.",
            ),
        ),
    ],
    "city_processes": [
        {
            "city": t(
                "Beboerinvolvering i Groruddalen",
                "De boendes delaktighet i Groruddalen",
                "Resident involvement in Groruddalen",
            ),
            "municipalities": ["oslo"],
            "steps": [
                t(
                    "Bydelene arbeider systematisk med medvirkning i et mangfoldig område, med "
                    "tilstedeværelse i nærmiljøet som et viktig grep.",
                    "Stadsdelarna arbetar systematiskt med delaktighet i ett mångfaldigt "
                    "område, med närvaro i närmiljön som ett viktigt grepp.",
                    "The districts work systematically on participation in a diverse area, "
                    "with presence in the neighbourhood as a key approach.",
                ),
                t(
                    "Bydelen opptrer som katalysator: den kobler private aktører, organisasjoner "
                    "og beboere som har felles interesser.",
                    "Stadsdelen fungerar som katalysator: den kopplar ihop privata aktörer, "
                    "föreningar och boende med gemensamma intressen.",
                    "The district acts as a catalyst: it links private actors, organisations "
                    "and residents who share interests.",
                ),
            ],
        },
    ],
    "actors": [
        actor(
            t("Beboerne", "De boende", "Residents"),
            t(
                "Påvirker hvilke aktiviteter som utvikles, og driver mange av dem selv.",
                "Påverkar vilka aktiviteter som utvecklas och driver många av dem själva.",
                "Shape which activities are developed and run many of them themselves.",
            ),
        ),
        actor(
            t("Lokale prosessledere", "Lokala processledare", "Local process leaders"),
            t(
                "Ser mulighetene, kobler folk og aktører og styrker beboerne til å drive saker på egen hånd.",
                "Ser möjligheterna, kopplar ihop människor och aktörer och stärker de boende att "
                "driva frågor på egen hand.",
                "Spot the opportunities, connect people and actors, and strengthen residents "
                "to take matters forward themselves.",
            ),
        ),
        actor(
            t("Boligselskaper", "Bostadsbolag", "Housing companies"),
            t(
                "Tar et aktivt ansvar for områdeutviklingen og stiller lokaler til rådighet.",
                "Tar ett aktivt ansvar för områdesutvecklingen och ställer lokaler till förfogande.",
                "Take active responsibility for the area's development and make premises available.",
            ),
        ),
        actor(
            t(
                "Frivillige organisasjoner og trossamfunn",
                "Föreningar, studieförbund och trossamfund",
                "Voluntary organisations and faith communities",
            ),
            t(
                "Er samarbeidsparter med nettverk og tillit som kommunen ikke har.",
                "Är samverkansparter med nätverk och förtroende som kommunen saknar.",
                "Are partners with networks and trust the municipality lacks.",
            ),
        ),
        actor(
            t("Næringslivet", "Näringslivet", "Business"),
            t(
                "Går inn i partnerskap og bidrar med arbeidsplasser, praksis og kompetanse.",
                "Ingår i partnerskap och bidrar med arbetstillfällen, praktik och kompetens.",
                "Joins partnerships and offers jobs, work placements and expertise.",
            ),
        ),
    ],
    "resources": [
        {"tool": "alle-pa-banen"},
        {"tool": "innovationslabb-rapport"},
        {"tool": "foredrag-gardsten"},
        {"tool": "foredrag-danske-storbyer"},
    ],
    "legal_bases": ["plan-og-bygningsloven", "folkehelseloven", "plan-och-bygglagen", "socialtjanstlagen"],
    "themes": ["demokrati-og-medvirkning", "samarbeid", "sivilsamfunn"],
}

PHASE_4 = {
    "number": 4,
    "slug": t("gjennomforing", "genomforande", "implementation"),
    "title": t("Gjennomføring", "Genomförande", "Implementation"),
    "short_description": t(
        "Sett i gang tiltakene: fysiske grep og sosiale investeringer, tjenester som når fram, "
        "og rom for nye ideer.",
        "Sätt i gång åtgärderna: fysiska förändringar och sociala investeringar, service som "
        "når fram, och utrymme för nya idéer.",
        "Put the measures into action: physical changes and social investment, services "
        "that reach people, and room for new ideas.",
    ),
    "description": t(
        "<p>Malmø beskrev gjennomføringen som et «fysisk skjelett» og en «sosial muskel». "
        "Stasjoner, nye bygg, parker og gater binder området sammen med resten av byen; "
        "skoler, lokalsamfunn og støttetiltak styrker menneskenes egen kraft. Det ene uten det "
        "andre virker dårlig: bare fysiske tiltak kan føre til at beboerne presses ut, bare "
        "individrettede tiltak kan føre til at de som får det bedre flytter, mens området "
        "ikke endrer seg.</p>"
        "<p>Tjenestene må også nå dem de er ment for. Groruddalen viste at det krever arbeid "
        "med informasjonskanaler, tillit og oppfølging.</p>",
        "<p>Malmö beskrev genomförandet som ett «fysiskt skelett» och en «social muskel». "
        "Stationer, nya byggnader, parker och gator binder ihop området med resten av "
        "staden; skolor, lokalsamhälle och stödinsatser stärker människornas egen kraft. Det "
        "ena utan det andra fungerar dåligt: enbart fysiska åtgärder kan leda till att de "
        "boende trängs undan, enbart individinriktade insatser kan leda till att de som får "
        "det bättre flyttar medan området inte förändras.</p>"
        "<p>Servicen måste också nå dem den är avsedd för. Groruddalen visade att det kräver "
        "arbete med informationskanaler, förtroende och uppföljning.</p>",
        "<p>Malmö described implementation as a 'physical skeleton' and a 'social muscle'. "
        "Stations, new buildings, parks and streets tie the area to the rest of the city; "
        "schools, community and support build people's own strength. One without the other "
        "works poorly: physical measures alone can push residents out, and measures aimed "
        "only at individuals can mean that those who do better move away while the area "
        "stays the same.</p>"
        "<p>Services must also reach the people they are for. Groruddalen showed that this "
        "takes work on information channels, trust and follow-up.</p>",
    ),
    "expected_results": t(
        "<ul><li>Synlige fysiske forbedringer som beboerne har vært med på å forme.</li>"
        "<li>Tjenester som er åpne, lett tilgjengelige og koblet sammen.</li>"
        "<li>Nye tiltak prøvd ut i liten skala, med læring fra både framganger og "
        "feilslag.</li>"
        "<li>Målbare resultater for arbeid, utdanning, trygghet og helse.</li></ul>",
        "<ul><li>Synliga fysiska förbättringar som de boende har varit med om att "
        "forma.</li>"
        "<li>Service som är öppen, lättillgänglig och sammankopplad.</li>"
        "<li>Nya insatser prövade i liten skala, med lärande från både framgångar och "
        "misslyckanden.</li>"
        "<li>Mätbara resultat för arbete, utbildning, trygghet och hälsa.</li></ul>",
        "<ul><li>Visible physical improvements that residents helped shape.</li>"
        "<li>Services that are open, easy to reach and joined up.</li>"
        "<li>New measures tried on a small scale, learning from both successes and "
        "failures.</li>"
        "<li>Measurable results in work, education, safety and health.</li></ul>",
    ),
    "process": [
        step(
            t(
                "Bygg videre på det som allerede finnes og står på egne ben, i stedet for å "
                "starte prosjekter som faller bort når pengene tar slutt.",
                "Bygg vidare på det som redan finns och står på egna ben, i stället för att "
                "starta projekt som faller när pengarna tar slut.",
                "Build on what already exists and stands on its own feet, rather than starting "
                "projects that collapse when the money runs out.",
            )
        ),
        step(
            t(
                "Kombiner fysiske tiltak med sosiale investeringer i skole, lokalsamfunn og støttetiltak.",
                "Kombinera fysiska åtgärder med sociala investeringar i skola, lokalsamhälle "
                "och stödinsatser.",
                "Combine physical measures with social investment in schools, community and support.",
            ),
            t(
                "Små fysiske tiltak i nærmiljøet kan gi store positive virkninger for beboerne.",
                "Små fysiska åtgärder i närmiljön kan ge stora positiva effekter för de boende.",
                "Small physical changes in the neighbourhood can have large positive effects for residents.",
            ),
            t(
                "Følg med på tegn til at beboerne presses ut (gentrifisering).",
                "Håll utkik efter tecken på att de boende trängs undan (gentrifiering).",
                "Watch for signs that residents are being pushed out (gentrification).",
            ),
        ),
        step(
            t(
                "Arbeid både med områderettede og individrettede tiltak.",
                "Arbeta både med områdesbaserade och individbaserade insatser.",
                "Work with both area-based and individual measures.",
            )
        ),
        step(
            t(
                "Tilpass tjenestene til befolkningen i området.",
                "Anpassa servicen till befolkningen i området.",
                "Fit the services to the people of the area.",
            ),
            t(
                "Rekruttering: bruk kanalene og språkene folk faktisk bruker, bygg tillit og følg opp.",
                "Rekrytering: använd de kanaler och språk som människor faktiskt använder, "
                "bygg förtroende och följ upp.",
                "Recruitment: use the channels and languages people actually use, build trust and follow up.",
            ),
            t(
                "Gjør tilbudene åpne og lett tilgjengelige, og koble tjenester sammen.",
                "Gör verksamheterna öppna och lättillgängliga, och koppla ihop olika tjänster.",
                "Make services open and easy to reach, and link them together.",
            ),
        ),
        step(
            t(
                "Bruk innkjøp som virkemiddel: sosiale klausuler i kontrakter kan gi beboere "
                "jobb i byggeprosjektene i eget område.",
                "Använd upphandling som verktyg: sociala klausuler i avtal kan ge boende jobb i "
                "byggprojekten i det egna området.",
                "Use procurement as a tool: social clauses in contracts can give residents jobs "
                "in the building projects in their own area.",
            )
        ),
        step(
            t(
                "Vær åpen for nye ideer, lær av det som ikke virket, og feir det som lykkes.",
                "Var öppen för nya idéer, lär av det som inte fungerade och fira det som lyckas.",
                "Be open to new ideas, learn from what did not work, and celebrate what succeeds.",
            )
        ),
    ],
    "city_processes": [
        {
            "city": t("Områdeprogrammet i Malmø", "Områdesprogrammen i Malmö", "Malmö's area programme"),
            "municipalities": ["malmo"],
            "steps": [
                t(
                    "Mye på få steder: fem områder fikk en samlet satsing i stedet for små "
                    "tiltak spredt over hele byen.",
                    "Mycket på få platser: fem områden fick en samlad satsning i stället för små "
                    "insatser spridda över hela staden.",
                    "A lot in a few places: five areas received a concentrated effort instead "
                    "of small measures spread across the city.",
                ),
                t(
                    "Områdene ble behandlet som innovasjonsområder for nye ideer innen næring, "
                    "kultur og utdanning.",
                    "Områdena betraktades som innovationsområden för nya idéer inom näringsliv, "
                    "kultur och utbildning.",
                    "The areas were treated as innovation zones for new ideas in business, "
                    "culture and education.",
                ),
            ],
        },
    ],
    "actors": [
        actor(
            t("Kommunens tjenesteområder", "Kommunens förvaltningar", "Municipal departments"),
            t(
                "Gjennomfører tiltakene og tilpasser tjenestene til befolkningen i området.",
                "Genomför åtgärderna och anpassar servicen till befolkningen i området.",
                "Carry out the measures and adapt services to the people of the area.",
            ),
        ),
        actor(
            t(
                "NAV og arbeidsformidlingen",
                "Arbetsförmedlingen och socialtjänsten",
                "Employment and welfare services",
            ),
            t(
                "Gir kvalifisering, praksis og veier inn i arbeid.",
                "Erbjuder kvalificering, praktik och vägar till arbete.",
                "Provide training, work placements and routes into work.",
            ),
        ),
        actor(
            t(
                "Boligselskaper og gårdeiere",
                "Bostadsbolag och fastighetsägare",
                "Housing companies and property owners",
            ),
            t(
                "Ruster opp boliger og uteområder og stiller lokaler til rådighet.",
                "Rustar upp bostäder och utemiljöer och ställer lokaler till förfogande.",
                "Renovate homes and outdoor spaces and provide premises.",
            ),
        ),
        actor(
            t("Skolene", "Skolorna", "Schools"),
            t(
                "Utvikler et tilbud som gjør at elever fra hele byen vil gå der.",
                "Utvecklar en verksamhet som gör att elever från hela staden vill gå där.",
                "Develop teaching that makes pupils from across the city want to attend.",
            ),
        ),
        actor(
            t("Beboerne og foreningene", "De boende och föreningarna", "Residents and associations"),
            t(
                "Driver egne aktiviteter og er med på å forme de fysiske endringene.",
                "Driver egna aktiviteter och är med och formar de fysiska förändringarna.",
                "Run their own activities and help shape the physical changes.",
            ),
        ),
    ],
    "resources": [
        {"tool": "alle-pa-banen"},
        {"tool": "pilotbydel"},
        {"tool": "foredrag-holistic-approach"},
        {"tool": "innovationslabb-rapport"},
        {"tool": "bytte-ut-byen"},
    ],
    "legal_bases": [
        "folkehelseloven",
        "sosialtjenesteloven",
        "plan-og-bygningsloven",
        "plan-och-bygglagen",
        "socialtjanstlagen",
    ],
    "themes": ["arbeid", "utdanning", "trygghet", "bolig-og-bymiljo", "tjenesteutvikling"],
}

PHASE_5 = {
    "number": 5,
    "slug": t("videreforing", "fortsattning", "continuation"),
    "title": t("Videreføring", "Fortsättning", "Continuation"),
    "short_description": t(
        "Sørg for at det som virker blir ordinær drift, at kunnskapen tas vare på, og at "
        "erfaringene deles med andre.",
        "Se till att det som fungerar blir ordinarie verksamhet, att kunskapen tas till vara "
        "och att erfarenheterna delas med andra.",
        "Make sure what works becomes part of ordinary services, that knowledge is kept, and "
        "that lessons are shared with others.",
    ),
    "description": t(
        "<p>En områdesatsing har en slutdato, men utviklingen i området skal ikke stoppe. Da "
        "Malmøs områdeprogram ble avsluttet i 2015, hadde mange tiltak allerede blitt ordinær "
        "virksomhet, og andre hadde gitt nye arbeidsmåter. I Groruddalen var en sentral "
        "lærdom at utviklingsarbeid ved siden av den ordinære driften gjør selve driften "
        "bedre.</p>"
        "<p>De svenske kommunene advarte mot at kunnskapen fra det lokale arbeidet går tapt "
        "hvis den ikke systematiseres. Videreføring må derfor planlegges fra starten.</p>",
        "<p>En områdesinsats har ett slutdatum, men utvecklingen i området ska inte stanna. "
        "När Malmös områdesprogram avslutades 2015 hade många insatser redan blivit "
        "ordinarie verksamhet, och andra hade gett nya arbetssätt. I Groruddalen var en "
        "central lärdom att utvecklingsarbete vid sidan av den ordinarie driften gör själva "
        "driften bättre.</p>"
        "<p>De svenska kommunerna varnade för att kunskapen från det lokala arbetet går "
        "förlorad om den inte systematiseras. Fortsättningen måste därför planeras från "
        "början.</p>",
        "<p>An area initiative has an end date, but the area's development must not stop. "
        "When Malmö's area programme closed in 2015 many of its measures had already become "
        "ordinary services, and others had led to new ways of working. In Groruddalen a key "
        "lesson was that development work alongside day-to-day operations makes those "
        "operations better.</p>"
        "<p>The Swedish municipalities warned that the knowledge from local work is lost if "
        "it is not systematised. Continuation must therefore be planned from the "
        "start.</p>",
    ),
    "expected_results": t(
        "<ul><li>Tiltak som virker er flyttet over i ordinære budsjetter og tjenester.</li>"
        "<li>Metodene er dokumentert og evaluert, og kunnskapen er delt med andre "
        "kommuner.</li>"
        "<li>Møtesteder, foreninger og partnerskap lever videre etter satsingen.</li>"
        "<li>Erfaringene er brukt i kommunens planer og i nye områder.</li></ul>",
        "<ul><li>Insatser som fungerar har flyttats över till ordinarie budgetar och "
        "verksamheter.</li>"
        "<li>Metoderna är dokumenterade och utvärderade, och kunskapen är delad med andra "
        "kommuner.</li>"
        "<li>Mötesplatser, föreningar och partnerskap lever vidare efter insatsen.</li>"
        "<li>Erfarenheterna används i kommunens planer och i nya områden.</li></ul>",
        "<ul><li>Measures that work have moved into ordinary budgets and services.</li>"
        "<li>Methods are documented and evaluated, and the knowledge is shared with other "
        "municipalities.</li>"
        "<li>Meeting places, associations and partnerships live on after the "
        "initiative.</li>"
        "<li>The lessons feed into the municipality's plans and into new areas.</li></ul>",
    ),
    "process": [
        step(
            t(
                "Bestem tidlig hvilke tiltak som skal over i ordinær drift, og hvem som skal eie dem.",
                "Bestäm tidigt vilka insatser som ska föras över till ordinarie verksamhet och "
                "vem som ska äga dem.",
                "Decide early which measures will move into ordinary services and who will own them.",
            )
        ),
        step(
            t(
                "Evaluer og dokumenter metodene mens folkene som kan dem fortsatt er på plass.",
                "Utvärdera och dokumentera metoderna medan de som kan dem fortfarande finns kvar.",
                "Evaluate and document the methods while the people who know them are still there.",
            ),
            t(
                "Bruk felles, kvalitetssikrede indikatorer slik at resultatene kan sammenlignes.",
                "Använd gemensamma, kvalitetssäkrade indikatorer så att resultaten kan jämföras.",
                "Use shared, quality-assured indicators so that results can be compared.",
            ),
        ),
        step(
            t(
                "Sørg for at møtesteder, foreninger og partnerskap har en eier og en økonomi "
                "etter satsingen.",
                "Se till att mötesplatser, föreningar och partnerskap har en ägare och en "
                "ekonomi efter insatsen.",
                "Make sure meeting places, associations and partnerships have an owner and "
                "funding after the initiative.",
            )
        ),
        step(
            t(
                "Før lærdommene inn i kommunens planer og bruk dem i nye områder.",
                "För in lärdomarna i kommunens planer och använd dem i nya områden.",
                "Feed the lessons into the municipality's plans and use them in new areas.",
            ),
            t(
                "Knytt den lokale utviklingen til byen som helhet.",
                "Koppla den lokala utvecklingen till staden som helhet.",
                "Link local development to the city as a whole.",
            ),
        ),
        step(
            t(
                "Del erfaringene: konferanser, studiebesøk, håndbøker og nettverk mellom kommuner.",
                "Dela erfarenheterna: konferenser, studiebesök, handböcker och nätverk mellan kommuner.",
                "Share the experience: conferences, study visits, handbooks and networks "
                "between municipalities.",
            )
        ),
    ],
    "city_processes": [
        {
            "city": t(
                "Dokumentasjon av metoder i Groruddalen",
                "Dokumentation av metoder i Groruddalen",
                "Documenting methods in Groruddalen",
            ),
            "municipalities": ["oslo"],
            "steps": [
                t(
                    "Samarbeidsutvalget for Groruddalen ga i oppdrag å dokumentere metodene som "
                    "var utviklet i arbeidet med utsatte områder.",
                    "Samarbetsutskottet för Groruddalen gav i uppdrag att dokumentera de "
                    "metoder som utvecklats i arbetet med utsatta områden.",
                    "The Groruddalen cooperation committee commissioned documentation of the "
                    "methods developed in the work with disadvantaged areas.",
                ),
                t(
                    "Erfaringene ble samlet i fire temaer – kunnskapsgrunnlag, "
                    "beboerinvolvering, partnerskap og tjenesteutvikling – og i tre håndbøker.",
                    "Erfarenheterna samlades i fyra teman – kunskapsunderlag, de boendes "
                    "delaktighet, partnerskap och serviceutveckling – och i tre handböcker.",
                    "The lessons were gathered under four themes – knowledge, resident "
                    "involvement, partnership and service development – and in three "
                    "handbooks.",
                ),
            ],
        },
    ],
    "actors": [
        actor(
            t("Kommunens ledelse", "Kommunledningen", "Municipal leadership"),
            t(
                "Bestemmer hva som blir ordinær drift, og setter av midler til det.",
                "Beslutar vad som blir ordinarie verksamhet och avsätter medel för det.",
                "Decides what becomes ordinary service and sets aside money for it.",
            ),
        ),
        actor(
            t("Forskere og evaluatorer", "Forskare och utvärderare", "Researchers and evaluators"),
            t(
                "Dokumenterer og vurderer metodene og resultatene.",
                "Dokumenterar och bedömer metoderna och resultaten.",
                "Document and assess methods and results.",
            ),
        ),
        actor(
            t("Beboerne og foreningene", "De boende och föreningarna", "Residents and associations"),
            t(
                "Fører arbeidet videre i sine egne organisasjoner og møtesteder.",
                "För arbetet vidare i sina egna organisationer och mötesplatser.",
                "Carry the work on in their own organisations and meeting places.",
            ),
        ),
        actor(
            t("Staten", "Staten", "The state"),
            t(
                "Sprer kunnskap mellom kommunene og sikrer langsiktighet i sine egne tiltak.",
                "Sprider kunskap mellan kommunerna och säkrar långsiktighet i sina egna insatser.",
                "Spreads knowledge between municipalities and keeps its own commitments long-term.",
            ),
        ),
    ],
    "resources": [
        {"tool": "metodeutvikling-groruddalen"},
        {"tool": "riktig-kunnskap"},
        {"tool": "malmokommissionen"},
        {"tool": "slutredovisningar-2011"},
    ],
    "legal_bases": ["folkehelseloven", "plan-og-bygningsloven", "socialtjanstlagen"],
    "themes": ["samarbeid", "tjenesteutvikling", "folkehelse"],
}

PHASES = [PHASE_1, PHASE_2, PHASE_3, PHASE_4, PHASE_5]
