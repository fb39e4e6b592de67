"""Tools (handbooks, analyses, talks…) and the three study trips."""

from .text import same, t

NB_SEARCH = "https://www.nb.no/search?q="

TOOL_INDEX = {
    "slug": t("verktoy", "verktyg", "tools"),
    "title": t("Verktøy og kunnskap", "Verktyg och kunskap", "Tools and knowledge"),
    "intro": t(
        "<p>Håndbøker, metoder, analyser, rapporter og filmede foredrag som hjelper deg "
        "gjennom fasene i en områdesatsing.</p>",
        "<p>Handböcker, metoder, analyser, rapporter och filmade föredrag som hjälper dig "
        "genom faserna i en områdesinsats.</p>",
        "<p>Handbooks, methods, analyses, reports and recorded talks to help you through the "
        "phases of an area initiative.</p>",
    ),
}

OSLO_SERIES = t(
    "Håndboken er del av en serie på tre fra Oslo kommune om hvordan kommuner kan skape gode "
    "nærmiljøer i utsatte byområder ved å samarbeide bedre internt, med innbyggerne og med "
    "lokale aktører.",
    "Handboken ingår i en serie om tre från Oslo kommun om hur kommuner kan skapa goda "
    "närmiljöer i utsatta stadsområden genom att samarbeta bättre internt, med invånarna och "
    "med lokala aktörer.",
    "The handbook is one of a series of three from the City of Oslo on how municipalities can "
    "create good neighbourhoods in disadvantaged urban areas by working better together "
    "internally, with residents and with local actors.",
)


def _with_series(text):
    return {code: f"<p>{text[code]}</p><p>{OSLO_SERIES[code]}</p>" for code in text}


TOOLS = [
    {
        "key": "gode-naermiljoer",
        "slug": t("gode-naermiljoer", "gode-naermiljoer", "gode-naermiljoer-handbook"),
        "title": same("Gode nærmiljøer – innføring i metode for områderettet arbeid"),
        "summary": t(
            "Håndbok 1 av 3: når passer områderettet arbeid, hvilke utfordringer egner det seg "
            "for, og hvordan skiller arbeidsmåten seg fra kommunens vanlige arbeid?",
            "Handbok 1 av 3: när passar områdesinriktat arbete, vilka utmaningar passar det "
            "för, och hur skiljer sig arbetssättet från kommunens vanliga arbete?",
            "Handbook 1 of 3: when does area-based work fit, which problems is it good for, and "
            "how does it differ from the municipality's usual ways of working?",
        ),
        "body": _with_series(
            t(
                "En innføring i framgangsmåten for områderettet arbeid, fra de første "
                "vurderingene til organiseringen av innsatsen.",
                "En introduktion till arbetsgången i områdesinriktat arbete, från de första "
                "bedömningarna till organiseringen av insatsen.",
                "An introduction to the area-based approach, from the first assessments to how "
                "the effort is organised.",
            )
        ),
        "tool_type": "handbook",
        "publisher": "Oslo kommune",
        "year": None,
        "phases": [1, 2],
        "themes": ["samarbeid", "bolig-og-bymiljo"],
        "url": NB_SEARCH + "Gode%20n%C3%A6rmilj%C3%B8er%20omr%C3%A5derettet%20arbeid",
    },
    {
        "key": "alle-pa-banen",
        "slug": t("alle-pa-banen", "alle-pa-banen", "alle-pa-banen-handbook"),
        "title": same(
            "Alle på banen! Innbyggerinvolvering, tverrfaglig samarbeid og offentlig-privat "
            "samspill i områderettet arbeid"
        ),
        "summary": t(
            "Håndbok 2 av 3: erfaringer og eksempler på hvordan lokale ressurser mobiliseres og "
            "allianser bygges med innbyggere, organisasjoner og private og offentlige aktører.",
            "Handbok 2 av 3: erfarenheter och exempel på hur lokala resurser mobiliseras och "
            "allianser byggs med invånare, föreningar och privata och offentliga aktörer.",
            "Handbook 2 of 3: experience and examples of mobilising local resources and "
            "building alliances with residents, organisations and private and public actors.",
        ),
        "body": _with_series(
            t(
                "Håndboken viser både mulighetene og fallgruvene når beboere, frivillige, "
                "næringsliv og kommunale etater skal dra i samme retning.",
                "Handboken visar både möjligheterna och fallgroparna när boende, ideella "
                "krafter, näringsliv och kommunala förvaltningar ska dra åt samma håll.",
                "The handbook shows both the opportunities and the pitfalls when residents, "
                "volunteers, business and municipal departments are to pull in the same "
                "direction.",
            )
        ),
        "tool_type": "handbook",
        "publisher": "Oslo kommune",
        "year": None,
        "phases": [3, 4],
        "themes": ["demokrati-og-medvirkning", "samarbeid", "sivilsamfunn"],
        "url": NB_SEARCH + "Alle%20p%C3%A5%20banen%20innbyggerinvolvering",
    },
    {
        "key": "riktig-kunnskap",
        "slug": t(
            "riktig-kunnskap-viktig-kunnskap", "riktig-kunnskap-viktig-kunnskap", "riktig-kunnskap-handbook"
        ),
        "title": same("Riktig kunnskap – viktig kunnskap. Kilder, metoder og analyser i områderettet arbeid"),
        "summary": t(
            "Håndbok 3 av 3: hvordan systematisk kunnskap blir en del av alle faser, hvilke "
            "fakta som betyr noe, og hvordan de skaffes, analyseres og brukes.",
            "Handbok 3 av 3: hur systematisk kunskap blir en del av alla faser, vilka fakta som "
            "spelar roll och hur de tas fram, analyseras och används.",
            "Handbook 3 of 3: how systematic knowledge becomes part of every phase, which facts "
            "matter, and how to obtain, analyse and use them.",
        ),
        "body": _with_series(
            t(
                "Håndboken beskriver også hvordan innbyggere og lokale aktører kan være med på å "
                "produsere kunnskapen.",
                "Handboken beskriver också hur invånare och lokala aktörer kan vara med och ta "
                "fram kunskapen.",
                "The handbook also describes how residents and local actors can take part in "
                "producing the knowledge.",
            )
        ),
        "tool_type": "handbook",
        "publisher": "Oslo kommune",
        "year": None,
        "phases": [1, 5],
        "themes": ["folkehelse", "demokrati-og-medvirkning"],
        "url": NB_SEARCH + "Riktig%20kunnskap%20viktig%20kunnskap",
    },
    {
        "key": "stedsanalyser",
        "slug": t("stedsanalyser", "platsanalyser", "place-analyses"),
        "title": t("Stedsanalyser", "Platsanalyser", "Place analyses"),
        "summary": t(
            "Metoden for å beskrive et område: den fysiske tilstanden, og beboernes egen "
            "opplevelse av utfordringer, kvaliteter og muligheter.",
            "Metoden för att beskriva ett område: det fysiska tillståndet, och de boendes egen "
            "upplevelse av utmaningar, kvaliteter och möjligheter.",
            "The method for describing an area: its physical state, and residents' own view of "
            "its challenges, qualities and opportunities.",
        ),
        "body": t(
            "<p>En fysisk stedsanalyse kartlegger bebyggelse, byrom, forbindelser og "
            "grøntområder. En sosiokulturell stedsanalyse henter fram beboernes vurderinger. "
            "Sammen gir de både objektiv og subjektiv kunnskap om området.</p>",
            "<p>En fysisk platsanalys kartlägger bebyggelse, stadsrum, förbindelser och "
            "grönområden. En sociokulturell platsanalys lyfter fram de boendes bedömningar. "
            "Tillsammans ger de både objektiv och subjektiv kunskap om området.</p>",
            "<p>A physical place analysis maps buildings, public spaces, links and green areas. "
            "A socio-cultural place analysis brings out residents' own assessments. Together "
            "they give both objective and subjective knowledge of the area.</p>",
        ),
        "tool_type": "method",
        "publisher": "",
        "year": None,
        "phases": [1],
        "themes": ["bolig-og-bymiljo", "demokrati-og-medvirkning"],
        "url": NB_SEARCH + "stedsanalyse",
    },
    {
        "key": "grunnlagsdokumentasjon-groruddalen",
        "slug": t(
            "foranalyser-groruddalssatsingen",
            "forstudier-groruddalssatsningen",
            "groruddalen-baseline-analyses",
        ),
        "title": t(
            "Foranalyser fra områdeløftene i Groruddalssatsingen 2007–2016",
            "Förstudier från områdesinsatserna i Groruddalssatsningen 2007–2016",
            "Baseline analyses from the Groruddalen area programmes 2007–2016",
        ),
        "summary": t(
            "Eksempler på grunnlagsdokumentasjon og foranalyser fra bydelene i Groruddalen.",
            "Exempel på grundunderlag och förstudier från stadsdelarna i Groruddalen.",
            "Examples of baseline documentation and preliminary analyses from the Groruddalen districts.",
        ),
        "body": t(
            "<p>Analysene har ulikt innhold og vinkling, fordi kunnskapen om områdene og "
            "utfordringene der var forskjellige. Likevel har de mange fellestrekk, og de viser "
            "godt hva et kunnskapsgrunnlag kan inneholde.</p>",
            "<p>Analyserna har olika innehåll och vinkling, eftersom kunskapen om områdena och "
            "utmaningarna där skilde sig åt. Ändå har de många gemensamma drag, och de visar väl "
            "vad ett kunskapsunderlag kan innehålla.</p>",
            "<p>The analyses differ in content and angle, because what was known about each "
            "area and its problems differed. Still, they have much in common and show well what "
            "a knowledge base can contain.</p>",
        ),
        "tool_type": "analysis",
        "publisher": "Oslo kommune",
        "year": None,
        "phases": [1],
        "themes": ["bolig-og-bymiljo", "folkehelse"],
        "url": "https://www.oslo.kommune.no/",
    },
    {
        "key": "pilotbydel",
        "slug": t(
            "pilotbydel-boligsosiale-losninger",
            "pilotstadsdel-bostadssociala-losningar",
            "pilot-district-social-housing",
        ),
        "title": same("Pilotbydel for gode boligsosiale løsninger"),
        "summary": t(
            "En stor samling eksempler og anbefalinger som viser boligsosiale løsninger som et "
            "effektivt politisk virkemiddel for sosial, økonomisk og miljømessig bærekraft.",
            "En stor samling exempel och rekommendationer som visar bostadssociala lösningar som "
            "ett effektivt politiskt verktyg för social, ekonomisk och miljömässig hållbarhet.",
            "A large collection of examples and recommendations showing social housing "
            "solutions as an effective policy tool for social, economic and environmental "
            "sustainability.",
        ),
        "body": t(
            "<p>Studien ble laget av programkontoret for områdeløftene på Tøyen og Grønland i Oslo.</p>",
            "<p>Studien togs fram av programkontoret för områdesinsatserna på Tøyen och Grønland i Oslo.</p>",
            "<p>The study was produced by the programme office for the area programmes in Tøyen "
            "and Grønland in Oslo.</p>",
        ),
        "tool_type": "report",
        "publisher": "Programkontoret for områdeløftene på Tøyen og Grønland",
        "year": 2017,
        "phases": [1, 4],
        "themes": ["bolig-og-bymiljo"],
        "url": NB_SEARCH + "Pilotbydel%20for%20gode%20boligsosiale%20l%C3%B8sninger",
    },
    {
        "key": "livskraftige-bomiljo",
        "slug": t(
            "livskraftige-urbane-bomiljo", "livskraftiga-urbana-boendemiljoer", "vibrant-urban-neighbourhoods"
        ),
        "title": same("Livskraftige urbane bomiljø"),
        "summary": t(
            "En eksempelsamling som skal inspirere kommunene i arbeidet med å utvikle urbane bomiljøer.",
            "En exempelsamling som ska inspirera kommunerna i arbetet med att utveckla urbana boendemiljöer.",
            "A collection of examples to inspire municipalities developing urban neighbourhoods.",
        ),
        "body": t(
            "<p>Et fellesprosjekt mellom Akershus fylkeskommune og Fylkesmannen i Oslo og "
            "Akershus, forankret i statlige føringer, regional planlegging og rollen som "
            "veileder for kommunene.</p>",
            "<p>Ett gemensamt projekt mellan Akershus fylkeskommune och statens länsförvaltning "
            "i Oslo och Akershus, förankrat i statliga riktlinjer, regional planering och "
            "rollen som vägledare för kommunerna.</p>",
            "<p>A joint project of Akershus County Council and the County Governor of Oslo and "
            "Akershus, rooted in national guidance, regional planning and their role as "
            "advisers to the municipalities.</p>",
        ),
        "tool_type": "report",
        "publisher": "Akershus fylkeskommune og Fylkesmannen i Oslo og Akershus",
        "year": None,
        "phases": [1, 2],
        "themes": ["bolig-og-bymiljo"],
        "url": NB_SEARCH + "Livskraftige%20urbane%20bomilj%C3%B8",
    },
    {
        "key": "veiviser-folkehelse",
        "slug": t(
            "veiviser-lokalt-folkehelsearbeid",
            "vagvisare-lokalt-folkhalsoarbete",
            "guide-local-public-health-work",
        ),
        "title": t(
            "Veiviser i lokalt folkehelsearbeid",
            "Vägvisare i lokalt folkhälsoarbete (Helsedirektoratet)",
            "Guide to local public health work (Norwegian Directorate of Health)",
        ),
        "summary": t(
            "Praktiske hjelpemidler for kommunenes tverrsektorielle folkehelsearbeid, for dem "
            "som arbeider strategisk.",
            "Praktiska hjälpmedel för kommunernas sektorsövergripande folkhälsoarbete, för dem "
            "som arbetar strategiskt.",
            "Practical aids for municipalities' cross-sector public health work, aimed at those "
            "working at a strategic level.",
        ),
        "body": t(
            "<p>Veiviseren er skrevet for folkehelsekoordinatorer, planleggere, lokalpolitikere "
            "og andre med ansvar for folkehelse, og er nyttig også for regionale aktører. Den "
            "viser hvordan oversikten etter folkehelseloven § 5 brukes i planarbeidet.</p>",
            "<p>Vägvisaren är skriven för folkhälsosamordnare, planerare, lokalpolitiker och "
            "andra med ansvar för folkhälsa, och är användbar även för regionala aktörer. Den "
            "visar hur översikten enligt folkehelseloven § 5 används i planeringen.</p>",
            "<p>The guide is written for public health coordinators, planners, local "
            "politicians and others responsible for public health, and is useful for regional "
            "bodies too. It shows how the overview required by the Public Health Act § 5 is "
            "used in planning.</p>",
        ),
        "tool_type": "guide",
        "publisher": "Helsedirektoratet",
        "year": None,
        "phases": [1, 2],
        "themes": ["folkehelse"],
        "url": "https://www.helsedirektoratet.no/",
    },
    {
        "key": "foredrag-danske-storbyer",
        "slug": t(
            "bolig-og-sosial-integrering-danske-storbyer",
            "bostad-och-social-integration-danska-storstader",
            "housing-social-integration-danish-cities",
        ),
        "title": same("Bolig og sosial integrering i danske storbyer – erfaringer og utfordringer"),
        "summary": t(
            "Foredrag av sosiologiprofessor John Andersen, Roskilde Universitetscenter, på "
            "Nordisk fagseminar om segregering i 2010.",
            "Föredrag av sociologiprofessor John Andersen, Roskilde Universitetscenter, på "
            "Nordiskt fackseminarium om segregation 2010.",
            "Talk by sociology professor John Andersen, Roskilde University, at the Nordic "
            "seminar on segregation in 2010.",
        ),
        "body": t(
            "<p>Arbeid er den grunnleggende betingelsen for å bekjempe segregering og lykkes med "
            "sosial integrering. Den danske modellen handler om å bringe utsatte boligområder "
            "tilbake til samfunnet. Å mobilisere de beste ressursene i lokalsamfunnet er den "
            "mest effektive strategien, og lokale empowermentprosjekter har vist de beste "
            "resultatene.</p>",
            "<p>Arbete är den grundläggande förutsättningen för att bekämpa segregation och "
            "lyckas med social integration. Den danska modellen handlar om att föra tillbaka "
            "utsatta bostadsområden till samhället. Att mobilisera de bästa resurserna i "
            "lokalsamhället är den mest effektiva strategin, och lokala empowermentprojekt har "
            "visat de bästa resultaten.</p>",
            "<p>Work is the basic condition for fighting segregation and succeeding with social "
            "integration. The Danish model is about bringing disadvantaged estates back into "
            "society. Mobilising the community's best resources is the most effective "
            "strategy, and local empowerment projects have shown the best results.</p>",
        ),
        "tool_type": "talk",
        "publisher": "Nordisk fagseminar om segregering",
        "year": 2010,
        "phases": [1, 3],
        "themes": ["arbeid", "sivilsamfunn"],
        "url": "https://www.husbanken.no/",
    },
    {
        "key": "foredrag-gardsten",
        "slug": t("gardstensperspektivet", "gardstensperspektivet", "the-gardsten-perspective"),
        "title": t("Gårdstensperspektivet", "Gårdstensperspektivet", "The Gårdsten perspective"),
        "summary": t(
            "Filmet foredrag: Katarina Ahlqvist, administrerende direktør i Gårdstensbostäder i "
            "Göteborg, om samfunnsutvikling i dialog med beboerne.",
            "Filmat föredrag: Katarina Ahlqvist, vd för Gårdstensbostäder i Göteborg, om "
            "samhällsutveckling i dialog med de boende.",
            "Recorded talk: Katarina Ahlqvist, CEO of Gårdstensbostäder in Gothenburg, on "
            "community development in dialogue with residents.",
        ),
        "body": t(
            "<p>Holdt på Erfaringskonferansen for Groruddalssatsingen i 2011.</p>",
            "<p>Hölls på erfarenhetskonferensen för Groruddalssatsningen 2011.</p>",
            "<p>Given at the Groruddalen programme's experience conference in 2011.</p>",
        ),
        "tool_type": "talk",
        "publisher": "Groruddalssatsingen",
        "year": 2011,
        "phases": [3],
        "themes": ["demokrati-og-medvirkning", "bolig-og-bymiljo"],
        "url": "https://www.oslo.kommune.no/",
    },
    {
        "key": "foredrag-holistic-approach",
        "slug": same("a-holistic-approach"),
        "title": same(
            "A Holistic Approach to Addressing Anti-Social Behaviour and Environmental Degradation"
        ),
        "summary": t(
            "Filmet foredrag av Katie Kelly: «Først fornyer vi de fysiske stedene – så fornyer vi "
            "menneskene.»",
            "Filmat föredrag av Katie Kelly: «Först förnyar vi de fysiska platserna – sedan "
            "förnyar vi människorna.»",
            "Recorded talk by Katie Kelly: 'First we regenerate physical places – then we "
            "regenerate people.'",
        ),
        "body": t(
            "<p>Strategien har tre stikkord: engasjement, miljø og utdanning (Engagement – "
            "Environment – Education). Suksessfaktoren er å arbeide i partnerskap og sammen med "
            "lokalmiljøet. Holdt på Erfaringskonferansen for Groruddalssatsingen i 2011.</p>",
            "<p>Strategin har tre nyckelord: engagemang, miljö och utbildning (Engagement – "
            "Environment – Education). Framgångsfaktorn är att arbeta i partnerskap och "
            "tillsammans med lokalsamhället. Hölls på erfarenhetskonferensen för "
            "Groruddalssatsningen 2011.</p>",
            "<p>The strategy has three keywords: Engagement – Environment – Education. The key "
            "to success is working in partnership and together with the local community. Given "
            "at the Groruddalen programme's experience conference in 2011.</p>",
        ),
        "tool_type": "talk",
        "publisher": "Groruddalssatsingen",
        "year": 2011,
        "phases": [4],
        "themes": ["trygghet", "bolig-og-bymiljo", "samarbeid"],
        "url": "https://www.oslo.kommune.no/",
    },
    {
        "key": "bytte-ut-byen",
        "slug": t("bytte-ut-byen", "byta-ut-staden", "swapping-out-the-city"),
        "title": t("«Bytte ut» byen", "«Byta ut» staden", "'Swapping out' the city"),
        "summary": t(
            "Om gentrifisering i Tøyengata i Oslo, med utgangspunkt i Tone Huses bok «Tøyengata "
            "– et nyrikt stykke Norge».",
            "Om gentrifiering på Tøyengata i Oslo, utifrån Tone Huses bok «Tøyengata – et "
            "nyrikt stykke Norge».",
            "On gentrification in Tøyengata in Oslo, based on Tone Huse's book 'Tøyengata – et "
            "nyrikt stykke Norge'.",
        ),
        "body": t(
            "<p>Gata som ble kjent som «Lille Pakistan» på 1980-tallet og et symbol på det "
            "flerkulturelle Norge rundt årtusenskiftet, endrer seg igjen når en ung middelklasse "
            "flytter inn. Så lenge gentrifisering regnes som vellykket byutvikling, betyr det i "
            "praksis å bytte ut folk med andre som er bedre stilt – en advarsel for alle "
            "områdesatsinger.</p>",
            "<p>Gatan som blev känd som «Lilla Pakistan» på 1980-talet och en symbol för det "
            "mångkulturella Norge kring millennieskiftet förändras igen när en ung medelklass "
            "flyttar in. Så länge gentrifiering räknas som lyckad stadsutveckling innebär det i "
            "praktiken att byta ut människor mot andra som har det bättre ställt – en varning för "
            "alla områdesinsatser.</p>",
            "<p>The street that became known as 'Little Pakistan' in the 1980s and a symbol of "
            "multicultural Norway around the turn of the millennium is changing again as a "
            "young middle class moves in. As long as gentrification counts as successful urban "
            "development, it means in practice swapping people for others who are better off – "
            "a warning for every area initiative.</p>",
        ),
        "tool_type": "article",
        "publisher": "Tone Huse",
        "year": None,
        "phases": [4, 5],
        "themes": ["bolig-og-bymiljo"],
        "url": NB_SEARCH + "T%C3%B8yengata%20et%20nyrikt%20stykke%20Norge",
    },
    {
        "key": "metodeutvikling-groruddalen",
        "slug": t(
            "metodeutvikling-groruddalssatsingen",
            "metodutveckling-groruddalssatsningen",
            "method-development-groruddalen",
        ),
        "title": t(
            "Metodeutvikling i Groruddalssatsingen",
            "Metodutveckling i Groruddalssatsningen",
            "Method development in the Groruddalen programme",
        ),
        "summary": t(
            "Presentasjon fra Byrådsavdeling for byutvikling på den nasjonale konferansen om "
            "områdeløft, 25. mars 2013.",
            "Presentation från Oslo kommuns avdelning för stadsutveckling på den nationella "
            "konferensen om områdesinsatser den 25 mars 2013.",
            "Presentation by the City of Oslo's urban development department at the national "
            "conference on area programmes, 25 March 2013.",
        ),
        "body": t(
            "<p>Oppsummerer erfaringene fra områdeløftene under fire temaer – "
            "kunnskapsgrunnlag, beboerinvolvering, partnerskap og samarbeid, og "
            "tjenesteutvikling – og hva som kan tas med videre.</p>",
            "<p>Sammanfattar erfarenheterna från områdesinsatserna under fyra teman – "
            "kunskapsunderlag, de boendes delaktighet, partnerskap och samverkan, och "
            "serviceutveckling – och vad som kan tas med vidare.</p>",
            "<p>Sums up the lessons of the area programmes under four themes – knowledge, "
            "resident involvement, partnership and collaboration, and service development – and "
            "what to carry forward.</p>",
        ),
        "tool_type": "talk",
        "publisher": "Oslo kommune, Byrådsavdeling for byutvikling",
        "year": 2013,
        "phases": [5],
        "themes": ["demokrati-og-medvirkning", "samarbeid", "tjenesteutvikling"],
        "url": "https://www.oslo.kommune.no/",
    },
    {
        "key": "innovationslabb-rapport",
        "slug": t(
            "allmannyttans-innovasjonslaboratorier-rapport",
            "allmannyttans-innovationslabb-rapport",
            "allmannyttan-innovation-labs-report",
        ),
        "title": t(
            "Så stopper vi segregasjonen – rapport fra Allmännyttans innovasjonslaboratorier",
            "Så stoppar vi segregationen – rapport från Allmännyttans innovationslabb",
            "How we stop segregation – report from the Allmännyttan innovation labs",
        ),
        "summary": t(
            "Anbefalinger og suksessfaktorer for boligselskaper som vil motvirke segregasjon og utenforskap.",
            "Rekommendationer och framgångsfaktorer för bostadsbolag som vill motverka "
            "segregation och utanförskap.",
            "Recommendations and success factors for housing companies that want to counter "
            "segregation and exclusion.",
        ),
        "body": t(
            "<p>Fem anbefalinger og fem suksessfaktorer fra fire laboratorier i Boden, "
            "Norrköping, Göteborg og Södertälje, med konkrete resultater.</p>",
            "<p>Fem rekommendationer och fem framgångsfaktorer från fyra labb i Boden, "
            "Norrköping, Göteborg och Södertälje, med konkreta resultat.</p>",
            "<p>Five recommendations and five success factors from four labs in Boden, "
            "Norrköping, Gothenburg and Södertälje, with concrete results.</p>",
        ),
        "tool_type": "report",
        "publisher": "Sveriges Allmännytta",
        "year": None,
        "phases": [3, 4],
        "themes": ["bolig-og-bymiljo", "samarbeid", "demokrati-og-medvirkning"],
        "url": "https://www.sverigesallmannytta.se/",
    },
    {
        "key": "malmokommissionen",
        "slug": t(
            "malmokommisjonens-sluttrapport",
            "malmokommissionens-slutrapport",
            "malmo-commission-final-report",
        ),
        "title": t(
            "Malmøkommisjonens sluttrapport",
            "Malmökommissionens slutrapport",
            "Final report of the Malmö Commission",
        ),
        "summary": t(
            "Kommisjonen for et sosialt bærekraftig Malmø foreslo hvordan helseforskjellene i "
            "byen kan reduseres; flere av forslagene er fulgt opp.",
            "Kommissionen för ett socialt hållbart Malmö föreslog hur skillnaderna i hälsa i "
            "staden kan minskas; flera av förslagen har genomförts.",
            "The Commission for a Socially Sustainable Malmö proposed how to reduce health "
            "inequalities in the city; several proposals have been implemented.",
        ),
        "body": t(
            "<p>Rapporten er en nøkkel til å forstå hvordan Malmø tenkte om sosiale investeringer "
            "etter områdeprogrammet.</p>",
            "<p>Rapporten är en nyckel till att förstå hur Malmö tänkte kring sociala "
            "investeringar efter områdesprogrammen.</p>",
            "<p>The report is key to understanding how Malmö thought about social investment "
            "after the area programme.</p>",
        ),
        "tool_type": "report",
        "publisher": "Malmö stad",
        "year": 2013,
        "phases": [2, 5],
        "themes": ["folkehelse"],
        "url": "https://malmo.se/",
    },
    {
        "key": "slutredovisningar-2011",
        "slug": t(
            "sammenstilling-sluttrapporter-urbant-utviklingsarbeid",
            "sammanstallning-slutredovisningar-urbant-utvecklingsarbete",
            "summary-final-reports-urban-development",
        ),
        "title": t(
            "Sammenstilling av sluttrapporter for urbant utviklingsarbeid",
            "Sammanställning slutredovisningar för urbant utvecklingsarbete",
            "Summary of final reports on urban development work",
        ),
        "summary": t(
            "Arbeidsmarkedsdepartementets notat fra mars 2011 om hva 19 svenske kommuner lærte "
            "av de lokale utviklingsavtalene.",
            "Arbetsmarknadsdepartementets promemoria från mars 2011 om vad 19 kommuner lärde "
            "sig av de lokala utvecklingsavtalen.",
            "The Swedish Ministry of Employment's memo of March 2011 on what 19 municipalities "
            "learned from the local development agreements.",
        ),
        "body": t(
            "<p>Notatet tar for seg styring, samarbeid, målområder, bydels- og byperspektiv, "
            "statens rolle og fem utviklingsområder for framtiden.</p>",
            "<p>Promemorian tar upp styrning, samverkan, målområden, stadsdels- och "
            "kommunperspektiv, Regeringskansliets roll och fem utvecklingsområden för "
            "framtiden.</p>",
            "<p>The memo covers steering, cooperation, goal areas, district and city "
            "perspectives, the role of central government and five areas for future "
            "development.</p>",
        ),
        "tool_type": "report",
        "publisher": "Arbetsmarknadsdepartementet",
        "year": 2011,
        "phases": [2, 5],
        "themes": ["samarbeid", "demokrati-og-medvirkning"],
        "url": "https://www.regeringen.se/",
    },
]

# Left in Norwegian only, on purpose: the reports exist only in Norwegian, and the page shows
# visitors of the Swedish and English sites the "not yet translated" notice.
TOOLS.append(
    {
        "key": "studiereiserapporter",
        "translate": False,
        "slug": same("rapporter-fra-studieturer"),
        "title": same("Rapporter fra studieturer til Sverige og Danmark"),
        "summary": same(
            "Husbankens rapporter fra studieturene for deltakerne i områdeløftene i Groruddalssatsingen: "
            "prosjekter, tiltak og kunnskapsmiljøer i utsatte bymiljøer i Sverige og Danmark."
        ),
        "body": same(
            "<p>Rapportene fra København og Brøndby Strand (2008), Göteborg (2009) og Malmø og København "
            "(2013) finnes bare på norsk. Les sammendragene under Studiereiser.</p>"
        ),
        "tool_type": "report",
        "publisher": "Husbanken",
        "year": None,
        "phases": [1],
        "themes": ["samarbeid"],
        "url": "https://www.husbanken.no/",
    }
)

STUDY_TRIP_INDEX = {
    "slug": t("studiereiser", "studieresor", "study-trips"),
    "title": t("Studiereiser", "Studieresor", "Study trips"),
    "intro": t(
        "<p>Husbanken har arrangert studiereiser for deltakerne i områdeløftene i "
        "Groruddalssatsingen, for felles læring, felles referanser og erfaringsutveksling på "
        "tvers av bydeler og etater.</p>",
        "<p>Husbanken har anordnat studieresor för deltagarna i områdesinsatserna i "
        "Groruddalssatsningen, för gemensamt lärande, gemensamma referenser och "
        "erfarenhetsutbyte mellan stadsdelar och förvaltningar.</p>",
        "<p>Husbanken has organised study trips for the people working in the Groruddalen "
        "area programmes, for shared learning, shared references and exchange of experience "
        "across districts and agencies.</p>",
    ),
}

PARTICIPANTS = t(
    "Ansatte i bydelene og etatene som arbeidet med områdeløftene i Groruddalssatsingen, og Husbanken.",
    "Medarbetare i stadsdelarna och förvaltningarna som arbetade med områdesinsatserna i "
    "Groruddalssatsningen, och Husbanken.",
    "Staff from the districts and agencies working on the Groruddalen area programmes, and Husbanken.",
)

PURPOSE = t(
    "<p>Å oppnå felles læring, felles referanser og erfaringsutveksling på tvers, ved å se "
    "prosjekter, tiltak og kunnskapsmiljøer innen områderettet arbeid i utsatte bymiljøer.</p>",
    "<p>Att uppnå gemensamt lärande, gemensamma referenser och erfarenhetsutbyte, genom att "
    "se projekt, insatser och kunskapsmiljöer inom områdesinriktat arbete i utsatta "
    "stadsmiljöer.</p>",
    "<p>To build shared learning, shared references and exchange of experience by seeing "
    "projects, measures and centres of expertise in area-based work in disadvantaged urban "
    "neighbourhoods.</p>",
)


def programme_item(day, heading, text):
    return {"day": day, "heading": heading, "text": text}


def _html_list(*items):
    return {code: "<ul>" + "".join(f"<li>{item[code]}</li>" for item in items) + "</ul>" for code in items[0]}


STUDY_TRIPS = [
    {
        "key": "kobenhavn-2008",
        "slug": t(
            "kobenhavn-og-brondby-strand-2008",
            "kopenhamn-och-brondby-strand-2008",
            "copenhagen-and-brondby-strand-2008",
        ),
        "title": t(
            "København og Brøndby Strand 2008",
            "Köpenhamn och Brøndby Strand 2008",
            "Copenhagen and Brøndby Strand 2008",
        ),
        "summary": t(
            "To dager i Danmark om boligsosialt arbeid i store boligområder og byfornyelse med beboerne.",
            "Två dagar i Danmark om bostadssocialt arbete i stora bostadsområden och "
            "stadsförnyelse med de boende.",
            "Two days in Denmark on social work in large housing estates and urban renewal with residents.",
        ),
        "destinations": t(
            "København, Brøndby Strand",
            "Köpenhamn, Brøndby Strand",
            "Copenhagen, Brøndby Strand",
        ),
        "municipalities": ["kobenhavn", "brondby"],
        "start_date": "2008-09-22",
        "end_date": "2008-09-23",
        "organiser": "Husbanken",
        "participants": PARTICIPANTS,
        "purpose": PURPOSE,
        "programme": [
            programme_item(
                t("22. september", "22 september", "22 September"),
                t(
                    "Områdeløft i København",
                    "Områdeförnyelse i Köpenhamn",
                    "Area renewal in Copenhagen",
                ),
                t(
                    "Innføring i hvordan København arbeider med helhetlig fornyelse av bydeler, og "
                    "samtaler med dem som leder arbeidet.",
                    "Introduktion till hur Köpenhamn arbetar med helhetlig förnyelse av "
                    "stadsdelar, och samtal med dem som leder arbetet.",
                    "Introduction to how Copenhagen works on the holistic renewal of districts, "
                    "and talks with those leading the work.",
                ),
            ),
            programme_item(
                t("23. september", "23 september", "23 September"),
                t("Besøk i Brøndby Strand", "Besök i Brøndby Strand", "Visit to Brøndby Strand"),
                t(
                    "Omvisning i et stort boligområde og møte med boligorganisasjonen og beboere "
                    "om boligsosiale planer og fysisk fornyelse.",
                    "Rundvandring i ett stort bostadsområde och möte med bostadsorganisationen och "
                    "boende om bostadssociala planer och fysisk förnyelse.",
                    "Tour of a large housing estate and meeting with the housing organisation and "
                    "residents about social housing plans and physical renewal.",
                ),
            ),
        ],
        "learnings": _html_list(
            t(
                "Beboerdemokratiet i de danske boligorganisasjonene gir beboerne en fast plass "
                "i beslutningene.",
                "Den boendedemokrati som finns i de danska bostadsorganisationerna ger de boende "
                "en fast plats i besluten.",
                "Tenant democracy in Danish housing associations gives residents a permanent "
                "seat in decisions.",
            ),
            t(
                "Fysiske og sosiale planer for samme område virker best når de henger sammen.",
                "Fysiska och sociala planer för samma område fungerar bäst när de hänger ihop.",
                "Physical and social plans for the same area work best when they are joined up.",
            ),
            t(
                "Arbeid og lokale ressurser er nøkkelen til integrering.",
                "Arbete och lokala resurser är nyckeln till integration.",
                "Work and local resources are the key to integration.",
            ),
        ),
        "initiatives_visited": [],
        "image": {
            "key": "kobenhavn-2008",
            "scene": "waterfront",
            "palette": 2,
            "alt": t(
                "Illustrasjon: høye boligblokker i blått, gammelrosa og gult ved vannet, med gress og trær "
                "i forgrunnen.",
                "Illustration: höga bostadshus i blått, gammelrosa och gult vid vattnet, med gräs och träd "
                "i förgrunden.",
                "Illustration: tall housing blocks in blue, dusty pink and yellow by the water, with grass "
                "and trees in the foreground.",
            ),
        },
    },
    {
        "key": "goteborg-2009",
        "slug": t("goteborg-2009", "goteborg-2009", "gothenburg-2009"),
        "title": t("Göteborg 2009", "Göteborg 2009", "Gothenburg 2009"),
        "summary": t(
            "Tre dager i Göteborg om fornyelse i dialog med beboerne og om byens lokale utviklingsarbeid.",
            "Tre dagar i Göteborg om förnyelse i dialog med de boende och om stadens lokala "
            "utvecklingsarbete.",
            "Three days in Gothenburg on renewal in dialogue with residents and on the city's "
            "local development work.",
        ),
        "destinations": t("Göteborg", "Göteborg", "Gothenburg"),
        "municipalities": ["goteborg"],
        "start_date": "2009-10-05",
        "end_date": "2009-10-07",
        "organiser": "Husbanken",
        "participants": PARTICIPANTS,
        "purpose": PURPOSE,
        "programme": [
            programme_item(
                t("5. oktober", "5 oktober", "5 October"),
                t(
                    "Byens arbeid med lokal utvikling",
                    "Stadens arbete med lokal utveckling",
                    "The city's local development work",
                ),
                t(
                    "Hvordan Göteborg organiserer arbeidet i bydelene sammen med staten, og "
                    "hvordan samarbeidet med statlige etater fungerer.",
                    "Hur Göteborg organiserar arbetet i stadsdelarna tillsammans med staten, och "
                    "hur samverkan med statliga myndigheter fungerar.",
                    "How Gothenburg organises its district work together with the state, and how "
                    "cooperation with state agencies works.",
                ),
            ),
            programme_item(
                t("6. oktober", "6 oktober", "6 October"),
                t("Besøk i Gårdsten", "Besök i Gårdsten", "Visit to Gårdsten"),
                t(
                    "Det kommunale boligselskapet Gårdstensbostäder viser hvordan fornyelsen er "
                    "gjort i dialog med beboerne.",
                    "Det kommunala bostadsbolaget Gårdstensbostäder visar hur förnyelsen har "
                    "gjorts i dialog med de boende.",
                    "The municipal housing company Gårdstensbostäder shows how renewal was done "
                    "in dialogue with residents.",
                ),
            ),
            programme_item(
                t("7. oktober", "7 oktober", "7 October"),
                t("Oppsummering", "Sammanfattning", "Wrap-up"),
                t(
                    "Hva tar vi med hjem til Groruddalen?",
                    "Vad tar vi med oss hem till Groruddalen?",
                    "What do we take home to Groruddalen?",
                ),
            ),
        ],
        "learnings": _html_list(
            t(
                "Et boligselskap kan være motoren i områdeutviklingen når det tar ansvar ut over boligene.",
                "Ett bostadsbolag kan vara motorn i områdesutvecklingen när det tar ansvar "
                "utöver bostäderna.",
                "A housing company can drive an area's development when it takes "
                "responsibility beyond the homes.",
            ),
            t(
                "Avtaler mellom stat og kommune gir samarbeidet tyngde, men krever tydelige "
                "oppdrag for etatene.",
                "Avtal mellan stat och kommun ger samverkan tyngd, men kräver tydliga uppdrag "
                "för myndigheterna.",
                "Agreements between state and municipality give cooperation weight but need "
                "clear mandates for the agencies.",
            ),
        ),
        "initiatives_visited": ["lokala-utvecklingsavtal"],
        "image": {
            "key": "goteborg-2009",
            "scene": "hillside",
            "palette": 0,
            "alt": t(
                "Illustrasjon: boligblokker i rødt, oker og gråblått i en skråning, med trær foran.",
                "Illustration: bostadshus i rött, ockra och gråblått i en sluttning, med träd framför.",
                "Illustration: housing blocks in red, ochre and grey-blue on a slope, with trees in front.",
            ),
        },
    },
    {
        "key": "malmo-2013",
        "slug": t(
            "malmo-og-kobenhavn-2013",
            "malmo-och-kopenhamn-2013",
            "malmo-and-copenhagen-2013",
        ),
        "title": t(
            "Malmø og København 2013",
            "Malmö och Köpenhamn 2013",
            "Malmö and Copenhagen 2013",
        ),
        "summary": t(
            "Tre dager om Malmøs områdeprogram midt i perioden og om områdefornyelse i København.",
            "Tre dagar om Malmös områdesprogram mitt i perioden och om områdesförnyelse i Köpenhamn.",
            "Three days on Malmö's area programme half-way through and on area renewal in Copenhagen.",
        ),
        "destinations": t("Malmø, København", "Malmö, Köpenhamn", "Malmö, Copenhagen"),
        "municipalities": ["malmo", "kobenhavn"],
        "start_date": "2013-01-14",
        "end_date": "2013-01-16",
        "organiser": "Husbanken",
        "participants": PARTICIPANTS,
        "purpose": PURPOSE,
        "programme": [
            programme_item(
                t("14. januar", "14 januari", "14 January"),
                t("Områdeprogrammet i Malmø", "Områdesprogrammen i Malmö", "Malmö's area programme"),
                t(
                    "Koordinatorene forteller om arbeidet i Herrgården, Holma-Kroksbäck, "
                    "Lindängen, Segevång og Seved.",
                    "Samordnarna berättar om arbetet i Herrgården, Holma-Kroksbäck, Lindängen, "
                    "Segevång och Seved.",
                    "The coordinators talk about the work in Herrgården, Holma-Kroksbäck, "
                    "Lindängen, Segevång and Seved.",
                ),
            ),
            programme_item(
                t("15. januar", "15 januari", "15 January"),
                t(
                    "Sosial bærekraft i Malmø",
                    "Social hållbarhet i Malmö",
                    "Social sustainability in Malmö",
                ),
                t(
                    "Om arbeidet i Kommisjonen for et sosialt bærekraftig Malmø og om fysisk "
                    "skjelett og sosial muskel.",
                    "Om arbetet i Kommissionen för ett socialt hållbart Malmö och om fysiskt "
                    "skelett och social muskel.",
                    "On the work of the Commission for a Socially Sustainable Malmö and on the "
                    "physical skeleton and social muscle.",
                ),
            ),
            programme_item(
                t("16. januar", "16 januari", "16 January"),
                t(
                    "Områdefornyelse i København",
                    "Områdesförnyelse i Köpenhamn",
                    "Area renewal in Copenhagen",
                ),
                t(
                    "Besøk i et område der København fornyer gater, byrom og tilbud sammen med beboerne.",
                    "Besök i ett område där Köpenhamn förnyar gator, stadsrum och verksamheter "
                    "tillsammans med de boende.",
                    "Visit to an area where Copenhagen is renewing streets, public spaces and "
                    "services together with residents.",
                ),
            ),
        ],
        "learnings": _html_list(
            t(
                "Å gjøre mye på få steder gir synlige resultater, men krever at området knyttes "
                "til resten av byen.",
                "Att göra mycket på få platser ger synliga resultat, men kräver att området "
                "knyts till resten av staden.",
                "Doing a lot in a few places gives visible results but requires tying the area "
                "to the rest of the city.",
            ),
            t(
                "Koordinatorer med et tydelig mandat holder arbeidet samlet.",
                "Samordnare med ett tydligt mandat håller ihop arbetet.",
                "Coordinators with a clear mandate hold the work together.",
            ),
            t(
                "Mål må settes sammen med beboerne for å bli realistiske.",
                "Mål måste sättas tillsammans med de boende för att bli realistiska.",
                "Goals must be set together with residents to be realistic.",
            ),
        ),
        "initiatives_visited": ["malmo"],
        "image": {
            "key": "malmo-2013",
            "scene": "bridge",
            "palette": 1,
            "alt": t(
                "Illustrasjon: en lang bro over vannet mot en by på den andre siden, med gress og trær i "
                "forgrunnen.",
                "Illustration: en lång bro över vattnet mot en stad på andra sidan, med gräs och träd i "
                "förgrunden.",
                "Illustration: a long bridge across the water towards a city on the far side, with grass "
                "and trees in the foreground.",
            ),
        },
    },
]
