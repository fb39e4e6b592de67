"""Four area-based initiatives with their success factors, challenges and tips."""

from .text import t


def item(kind, title, text, phase=None, themes=(), legal_bases=()):
    return {
        "kind": kind,
        "title": title,
        "text": text,
        "phase": phase,
        "themes": list(themes),
        "legal_bases": list(legal_bases),
    }


def success_factor(title, text, **tags):
    return item("success_factor", title, text, **tags)


def challenge(title, text, **tags):
    return item("challenge", title, text, **tags)


def tip(title, text, **tags):
    return item("tip", title, text, **tags)


def figure(value, label):
    return {"figure": value, "label": label}


def section(heading, text):
    return {"heading": heading, "text": text}


INITIATIVE_INDEX = {
    "slug": t("eksempler", "exempel", "examples"),
    "title": t("Eksempler på områdesatsinger", "Exempel på områdesinsatser", "Examples of area initiatives"),
    "intro": t(
        "Hva gjorde andre byer, hva lyktes, hva var vanskelig – og hvilke råd gir de videre? "
        "Filtrer etter land, tema, fase og lovgrunnlag.",
        "Vad gjorde andra städer, vad lyckades, vad var svårt – och vilka råd ger de vidare? "
        "Filtrera efter land, tema, fas och rättslig grund.",
        "What did other cities do, what worked, what was hard – and what advice do they pass "
        "on? Filter by country, theme, phase and legal basis.",
    ),
}

MALMO = {
    "key": "malmo",
    "slug": t("omradeprogrammet-i-malmo", "omradesprogrammen-i-malmo", "malmo-area-programme"),
    "title": t(
        "Områdeprogrammet i Malmø 2010–2015",
        "Områdesprogrammen i Malmö 2010–2015",
        "Malmö's area programme 2010–2015",
    ),
    "summary": t(
        "Malmø satset mye på få steder: i fem år fikk Herrgården, Holma-Kroksbäck, Lindängen, "
        "Segevång og Seved en samlet innsats for bedre levekår, mer trygghet og flere jobber.",
        "Malmö satsade mycket på få platser: under fem år fick Herrgården, Holma-Kroksbäck, "
        "Lindängen, Segevång och Seved en samlad insats för bättre levnadsvillkor, ökad "
        "trygghet och fler jobb.",
        "Malmö did a lot in a few places: for five years Herrgården, Holma-Kroksbäck, "
        "Lindängen, Segevång and Seved received a concentrated effort for better living "
        "conditions, greater safety and more jobs.",
    ),
    "background": t(
        "<p>Helse og velferd var ujevnt fordelt mellom befolkningsgrupper og mellom bydeler i "
        "Malmø. I mars 2010 bestemte kommunestyret at de sosiale forholdene i byen skulle "
        "utvikles, og bydelsutvalgene fikk i oppdrag å lage områdeplaner for Herrgården, "
        "Holma-Kroksbäck, Lindängen og Seved. I september samme år vedtok kommunestyret et "
        "femårig områdeprogram for de delene av byen der velferden var lavest. Segevång kom "
        "med høsten 2011.</p>"
        "<p>Tanken var å gjøre mye på færre steder, i stedet for litt overalt. Programmet ble "
        "avsluttet 10. desember 2015.</p>",
        "<p>Hälsa och välfärd var ojämnt fördelade mellan befolkningsgrupper och mellan "
        "stadsdelar i Malmö. I mars 2010 beslutade kommunfullmäktige att de sociala "
        "förhållandena i staden skulle utvecklas, och stadsdelsfullmäktige fick i uppdrag "
        "att ta fram områdesplaner för Herrgården, Holma-Kroksbäck, Lindängen och Seved. I "
        "september samma år antog kommunfullmäktige ett femårigt områdesprogram för de delar "
        "av staden där välfärden var lägst. Segevång tillkom hösten 2011.</p>"
        "<p>Tanken var att göra mycket på färre platser i stället för lite överallt. "
        "Programmet avslutades den 10 december 2015.</p>",
        "<p>Health and welfare were unevenly spread between groups and between districts in "
        "Malmö. In March 2010 the city council decided to develop social conditions in the "
        "city, and the district councils were asked to draw up area plans for Herrgården, "
        "Holma-Kroksbäck, Lindängen and Seved. That September the council adopted a "
        "five-year area programme for the parts of the city with the lowest welfare. "
        "Segevång joined in autumn 2011.</p>"
        "<p>The idea was to do a lot in fewer places rather than a little everywhere. The "
        "programme closed on 10 December 2015.</p>",
    ),
    "goals": [
        t(
            "Alle som bor i Malmø skal være inkludert i samfunnet og få del i velferden.",
            "Alla som bor i Malmö ska vara inkluderade i samhället och få del av välfärden.",
            "Everyone living in Malmö is included in society and shares in its welfare.",
        ),
        t(
            "Attraktive og trygge områder der folk med ulik bakgrunn velger å bo og investere.",
            "Attraktiva och trygga områden där människor med olika bakgrund väljer att bo och investera.",
            "Attractive, safe areas where people of different backgrounds choose to live and invest.",
        ),
        t(
            "Den fysiske utviklingen skal drive den sosiale utviklingen framover.",
            "Den fysiska utvecklingen ska driva den sociala utvecklingen framåt.",
            "Physical development drives social development forward.",
        ),
        t(
            "Skoler så gode at elever fra hele Malmø og Skåne søker seg dit.",
            "Skolor så bra att elever från hela Malmö och Skåne söker sig dit.",
            "Schools so good that pupils from all over Malmö and Skåne apply to them.",
        ),
        t(
            "Et næringsklima som får bedrifter og gründere til å etablere seg i områdene.",
            "Ett närings- och innovationsklimat som får företag och entreprenörer att etablera "
            "sig i områdena.",
            "A business climate that makes firms and entrepreneurs set up in the areas.",
        ),
        t(
            "Kultur- og fritidstilbud som trekker folk fra hele byen og regionen.",
            "Kultur- och fritidsverksamhet som lockar människor från hela staden och regionen.",
            "Culture and leisure activities that draw people from the whole city and region.",
        ),
    ],
    "who_did_what": [
        section(
            t(
                "Fysisk skjelett og sosial muskel",
                "Fysiskt skelett och social muskel",
                "Physical skeleton and social muscle",
            ),
            t(
                "Store fysiske endringer – togstasjoner, nye bygg, fortetting, parker, gater og "
                "hager – skulle knytte områdene bedre til byen og vise mulighetene. Oppå dette "
                "skjelettet kom investeringer i sosial kapital: skoler, lokalsamfunn og "
                "støttetiltak som styrker folks kunnskap, inntekt og makt over eget liv.",
                "Stora fysiska förändringar – tågstationer, nya byggnader, förtätning, parker, "
                "gator och trädgårdar – skulle knyta områdena bättre till staden och synliggöra "
                "möjligheterna. Ovanpå detta skelett kom investeringar i socialt kapital: "
                "skolor, lokalsamhälle och stödinsatser som stärker människors kunskap, "
                "inkomst och makt över sina egna liv.",
                "Major physical changes – railway stations, new buildings, denser housing, "
                "parks, streets and gardens – were to tie the areas better to the city and "
                "reveal their potential. On top of that skeleton came investment in social "
                "capital: schools, community and support that build people's knowledge, "
                "income and control over their own lives.",
            ),
        ),
        section(
            t("Innovasjon", "Innovation", "Innovation"),
            t(
                "Områdene ble sett på som innovasjonsområder, med et klima for nye ideer som "
                "skulle trekke til seg næringsliv, kultur og utdanning.",
                "Områdena sågs som innovationsområden, med ett klimat för nya idéer som skulle "
                "locka till sig näringsliv, kultur och utbildning.",
                "The areas were seen as innovation zones, with a climate for new ideas meant "
                "to attract business, culture and education.",
            ),
        ),
        section(
            t("Involvering", "Delaktighet", "Involvement"),
            t(
                "Programmet satte innbyggerne i sentrum: deres deltakelse og engasjement ble sett "
                "som avgjørende for å nå målene. Koordinatorer i hvert område holdt sammen "
                "arbeidet.",
                "Programmet satte invånarna i centrum: deras deltagande och engagemang sågs som "
                "avgörande för att nå målen. Samordnare i varje område höll ihop arbetet.",
                "The programme put residents at the centre: their participation and commitment "
                "were seen as decisive for reaching the goals. Coordinators in each area held "
                "the work together.",
            ),
        ),
    ],
    "continuation": t(
        "<p>For første gang siden 1995 har Malmø ikke lenger et eget nasjonalt eller lokalt "
        "velferdsprogram for utsatte områder. Men mye av det områdeprogrammet satte i gang, er "
        "blitt ordinær virksomhet, og andre tiltak har gitt nye arbeidsmåter. Flere av "
        "forslagene fra Malmøkommisjonen for et sosialt bærekraftig Malmø er fulgt opp.</p>",
        "<p>För första gången sedan 1995 har Malmö inte längre något nationellt eller lokalt "
        "välfärdsprogram för utsatta områden. Men mycket av det som områdesprogrammet startade "
        "har blivit ordinarie verksamhet, och andra insatser har gett nya arbetssätt. Flera "
        "av förslagen från Kommissionen för ett socialt hållbart Malmö har genomförts.</p>",
        "<p>For the first time since 1995 Malmö no longer has a national or local welfare "
        "programme of its own for disadvantaged areas. But much of what the area programme "
        "started has become ordinary service, and other measures have led to new ways of "
        "working. Several proposals from the Commission for a Socially Sustainable Malmö "
        "have been put into practice.</p>",
    ),
    "results_in_figures": [
        figure("5", t("områder i programmet", "områden i programmet", "areas in the programme")),
        figure("5", t("år med samlet innsats", "år av samlad insats", "years of concentrated effort")),
        figure(
            "10", t("tips til andre kommuner", "tips till andra kommuner", "tips for other municipalities")
        ),
    ],
    "country": "SE",
    "municipalities": ["malmo"],
    "areas": ["Herrgården", "Holma-Kroksbäck", "Lindängen", "Segevång", "Seved"],
    "start_year": 2010,
    "end_year": 2015,
    "themes": [
        "folkehelse",
        "trygghet",
        "arbeid",
        "utdanning",
        "naering-og-vekst",
        "kultur-og-fritid",
        "bolig-og-bymiljo",
        "demokrati-og-medvirkning",
    ],
    "phases": [1, 2, 3, 4, 5],
    "legal_bases": ["plan-och-bygglagen", "socialtjanstlagen"],
    "contact": t("Malmö stad", "Malmö stad", "City of Malmö"),
    "image": {
        "key": "malmo",
        "scene": "estate",
        "palette": 0,
        "alt": t(
            "Illustrasjon: et boligområde med blokker i rødt, oker og gråblått, trær og en gangsti inn "
            "mellom husene.",
            "Illustration: ett bostadsområde med hus i rött, ockra och gråblått, träd och en gångväg in "
            "mellan husen.",
            "Illustration: a housing area with blocks in red, ochre and grey-blue, trees and a footpath "
            "leading in between the buildings.",
        ),
    },
    "items": [
        success_factor(
            t(
                "Spør fra en ikke-vitende posisjon",
                "Fråga från en icke-vetande position",
                "Ask from a not-knowing position",
            ),
            t(
                "Tjenestefolk, forskere og andre har statistikk og egne ideer, men vet lite om "
                "hva beboerne selv ønsker og trenger. Lytt og spør i hver samtale, vær "
                "tilgjengelig og samarbeid med andre.",
                "Tjänstemän, forskare och andra har statistik och egna idéer, men vet lite om "
                "vad invånarna själva önskar och behöver. Lyssna och fråga i varje samtal, var "
                "tillgänglig och samarbeta med andra.",
                "Officials, researchers and others have statistics and ideas of their own but "
                "know little about what residents themselves want and need. Listen and ask in "
                "every conversation, be available and work with others.",
            ),
            phase=1,
            themes=["demokrati-og-medvirkning"],
            legal_bases=["plan-och-bygglagen"],
        ),
        success_factor(
            t("Sovende talenter", "Slumrande talanger", "Dormant talents"),
            t(
                "Beboerne og organisasjonene har store ubrukte ressurser, og offentlig ansatte "
                "har kreativitet som ikke alltid slipper til i de vanlige strukturene. Begge "
                "deler må tas vare på.",
                "Invånarna och organisationerna har stora outnyttjade resurser, och offentligt "
                "anställda har en kreativitet som inte alltid får utlopp i de vanliga "
                "strukturerna. Båda måste tas till vara.",
                "Residents and organisations hold large untapped resources, and public "
                "employees have creativity that ordinary structures do not always let out. "
                "Both must be put to use.",
            ),
            phase=3,
            themes=["sivilsamfunn", "demokrati-og-medvirkning"],
        ),
        success_factor(
            t("Tillit og samhørighet", "Tillit och sammanhållning", "Trust and cohesion"),
            t(
                "Å bygge sosial tillit mellom alle som bor i byen er verdifullt. Det krever "
                "innsats både personlig og i organisasjonene.",
                "Att bygga social tillit mellan alla som bor i staden är värdefullt. Det kräver "
                "insatser både på det personliga planet och i organisationerna.",
                "Building social trust between everyone in the city is valuable. It takes "
                "effort both personally and within organisations.",
            ),
            phase=3,
            themes=["trygghet", "sivilsamfunn"],
        ),
        success_factor(
            t(
                "Knytt området til hele byen",
                "Koppla området till hela staden",
                "Tie the area to the whole city",
            ),
            t(
                "Lokal områdeutvikling er nødvendig, men må alltid henge sammen med resten av "
                "byens utvikling. Løfter man ikke de svakeste områdene, løfter man heller ikke "
                "byen.",
                "Lokal områdesutveckling är nödvändig men måste alltid hänga ihop med resten av "
                "stadens utveckling. Lyfter man inte de svagaste områdena lyfter man inte "
                "heller staden.",
                "Local area development is necessary but must always be tied to the development "
                "of the rest of the city. If you do not lift the weakest areas, you do not lift "
                "the city either.",
            ),
            phase=2,
            themes=["bolig-og-bymiljo"],
            legal_bases=["plan-och-bygglagen"],
        ),
        success_factor(
            t("Tålmodighet og klokskap", "Tålamod och klokskap", "Patience and wisdom"),
            t(
                "En prosess går langsomt framover. Utviklingen krever helhetssyn og brede "
                "kunnskapsallianser.",
                "En process rör sig långsamt framåt. Utvecklingen kräver helhetssyn och breda "
                "kunskapsallianser.",
                "A process moves forward slowly. Development needs a holistic view and broad "
                "alliances of knowledge.",
            ),
            phase=5,
            themes=["samarbeid"],
        ),
        challenge(
            t(
                "Langsiktige mål, ettårige budsjetter",
                "Långsiktiga mål, ettåriga budgetar",
                "Long-term goals, one-year budgets",
            ),
            t(
                "Det er verdifullt å arbeide mot mål langt fram i tid, men det passer dårlig med "
                "kommunens årlige budsjetter.",
                "Det är värdefullt att arbeta mot långsiktiga mål, men det passar dåligt med "
                "kommunens ettåriga budgetar.",
                "Working towards long-term goals is valuable but fits badly with the "
                "municipality's annual budgets.",
            ),
            phase=2,
        ),
        challenge(
            t(
                "For høye mål, satt uten målgruppen",
                "För höga mål, satta utan målgruppen",
                "Goals set too high, without the target group",
            ),
            t(
                "Programmet ble kritisert for at flere mål var satt altfor høyt og ikke "
                "formulert sammen med beboerne de gjaldt.",
                "Programmet kritiserades för att flera mål var satta alldeles för högt och inte "
                "formulerade tillsammans med de boende som berördes.",
                "The programme was criticised because several goals were set far too high and "
                "not written together with the residents they concerned.",
            ),
            phase=2,
            themes=["demokrati-og-medvirkning"],
        ),
        challenge(
            t("Egne lokale mål i stedet", "Egna lokala mål i stället", "Local goals instead"),
            t(
                "Da målene ikke ble sett som realistiske, formulerte virksomhetene egne, lokale "
                "mål som kunne nås i programperioden.",
                "När målen inte uppfattades som realistiska formulerade verksamheterna egna, "
                "lokala mål som gick att nå under programperioden.",
                "Because the goals were not seen as realistic, the services wrote their own "
                "local goals that could be met within the programme period.",
            ),
            phase=2,
        ),
        challenge(
            t(
                "Manglende investeringsperspektiv",
                "Saknat investeringsperspektiv",
                "No investment perspective",
            ),
            t(
                "Målene manglet et investeringsperspektiv, og få regnet på hva innsatsen var "
                "verdt økonomisk.",
                "Målen saknade ett investeringsperspektiv, och få räknade på insatsens ekonomiska värde.",
                "The goals lacked an investment perspective, and few calculated what the effort "
                "was worth in economic terms.",
            ),
            phase=5,
        ),
        tip(
            t("Ikke stress i gang arbeidet", "Stressa inte i gång arbetet", "Do not rush the start"),
            t(
                "Gi starten tid. Kartlegg hvor behovene er, og finn glippsonene: hvilket ansvar "
                "tas ikke i dag, hvilke aktører mangler, og hvilke tiltak mangler?",
                "Ge starten tid. Kartlägg var behoven finns och hitta glappen: vilket ansvar tas "
                "inte i dag, vilka aktörer saknas och vilka insatser saknas?",
                "Give the start time. Map where the needs are and find the gaps: which "
                "responsibilities nobody takes today, which actors are missing, which measures "
                "are missing?",
            ),
            phase=1,
            themes=["folkehelse", "tjenesteutvikling"],
            legal_bases=["folkehelseloven", "sosialtjenesteloven"],
        ),
        tip(
            t(
                "Langsiktig strategi og bred involvering",
                "Långsiktig strategi och bred delaktighet",
                "A long-term strategy and broad involvement",
            ),
            t(
                "Ha en langsiktig strategi og involver beboerne og partnerne bredt fra starten. "
                "Skap et felles bilde av målet.",
                "Ha en långsiktig strategi och involvera de boende och partnerna brett från "
                "början. Skapa en gemensam målbild.",
                "Have a long-term strategy and involve residents and partners widely from the "
                "start. Create a shared picture of the goal.",
            ),
            phase=2,
            themes=["demokrati-og-medvirkning", "samarbeid"],
            legal_bases=["folkehelseloven", "plan-og-bygningsloven", "plan-och-bygglagen"],
        ),
        tip(
            t("Si «ja visst» oftere", "Säg «jovisst» oftare", "Say 'yes, sure' more often"),
            t(
                "Vær positiv og oppmuntre til nye ideer. Si «ja visst» litt oftere og «det går "
                "ikke» litt sjeldnere.",
                "Var positiv och uppmuntra nya idéer. Säg «jovisst» lite oftare och «det går "
                "inte» lite mer sällan.",
                "Be positive and encourage new ideas. Say 'yes, sure' a little more often and "
                "'that won't work' a little less.",
            ),
            phase=4,
            themes=["naering-og-vekst"],
        ),
        tip(
            t(
                "Lær av feil, feir framganger",
                "Lär av misslyckanden, fira framgångar",
                "Learn from failures, celebrate progress",
            ),
            t(
                "Lær av tiltak som har havarert, og feir det som går framover.",
                "Lär av insatser som havererat och fira det som går framåt.",
                "Learn from measures that failed, and celebrate progress.",
            ),
            phase=4,
        ),
        tip(
            t("Tydelig politisk prioritering", "Tydlig politisk prioritering", "Clear political priority"),
            t(
                "Sørg for at arbeidet er tydelig politisk prioritert gjennom hele prosessen – "
                "ved start, underveis og i avslutningen – og at det synes i vedtak og rapporter. "
                "Prioriteringen må bekrefte mandatet og hva arbeidet omfatter.",
                "Se till att arbetet är tydligt politiskt prioriterat under hela processen – i "
                "början, under arbetet och i avslutningen – och att det syns i beslut och "
                "rapporter. Prioriteringen måste bekräfta mandatet och vad arbetet omfattar.",
                "Make sure the work has clear political priority throughout – at the start, "
                "along the way and at the close – and that this shows in decisions and "
                "reports. The priority must confirm the mandate and the scope of the work.",
            ),
            phase=2,
            legal_bases=["folkehelseloven", "plan-og-bygningsloven"],
        ),
        tip(
            t("Ansett en koordinator", "Anställ en samordnare", "Hire a coordinator"),
            t(
                "Ansett en koordinator som kan samordne innsatsen ut fra et helhetsbilde, og gi "
                "vedkommende et tydelig mandat.",
                "Anställ en samordnare som kan samordna insatserna utifrån en helhetsbild, och "
                "ge personen ett tydligt mandat.",
                "Hire a coordinator who can join up the effort from an overall view, and give "
                "that person a clear mandate.",
            ),
            phase=2,
            themes=["samarbeid"],
        ),
        tip(
            t("Samarbeid bredt", "Samarbeta brett", "Work with many partners"),
            t(
                "Samarbeid med sivilsamfunnet, forskningen, næringslivet og ideelle organisasjoner.",
                "Samarbeta med civilsamhället, forskningen, näringslivet och idéburna organisationer.",
                "Work with civil society, researchers, business and non-profit organisations.",
            ),
            phase=3,
            themes=["samarbeid", "sivilsamfunn", "naering-og-vekst"],
            legal_bases=["folkehelseloven", "socialtjanstlagen"],
        ),
        tip(
            t("Start i beboernes behov", "Utgå från invånarnas behov", "Start from residents' needs"),
            t(
                "Ta utgangspunkt i beboernes behov, ha en inkluderende holdning og se hele "
                "situasjonen til den enkelte beboer.",
                "Utgå från invånarnas behov, ha ett inkluderande förhållningssätt och se hela "
                "den enskildes situation.",
                "Start from residents' needs, be inclusive and look at each person's whole situation.",
            ),
            phase=3,
            themes=["demokrati-og-medvirkning", "folkehelse", "tjenesteutvikling"],
            legal_bases=["folkehelseloven", "sosialtjenesteloven", "socialtjanstlagen"],
        ),
        tip(
            t("Ha en beredskap", "Ha en beredskap", "Be prepared"),
            t(
                "Bestem på forhånd hvordan organisasjonen skal håndtere vanskeligheter og "
                "kriser. Da blir det lettere når situasjonen er vanskelig.",
                "Bestäm i förväg hur organisationen ska hantera svårigheter och kriser. Då blir "
                "det lättare när situationen är svår.",
                "Decide in advance how the organisation will handle difficulties and crises. "
                "That makes hard moments easier.",
            ),
            phase=2,
            themes=["trygghet"],
        ),
        tip(
            t("Sørg for kontinuitet", "Se till att ha kontinuitet", "Keep continuity"),
            t(
                "Ikke bytt ut folk for ofte. Relasjoner og tillit tar tid å bygge.",
                "Byt inte ut personer för ofta. Relationer och förtroende tar tid att bygga.",
                "Do not change people too often. Relationships and trust take time to build.",
            ),
            phase=5,
        ),
    ],
}

ALLMANNYTTAN = {
    "key": "allmannyttan",
    "slug": t(
        "allmannyttans-innovasjonslaboratorier",
        "allmannyttans-innovationslabb",
        "allmannyttan-innovation-labs",
    ),
    "title": t(
        "Allmännyttans innovasjonslaboratorier 2018–2019",
        "Allmännyttans innovationslabb 2018–2019",
        "The Allmännyttan innovation labs 2018–2019",
    ),
    "summary": t(
        "Fire laboratorier – i Boden, Portalen i Norrköping, Rannebergen i Göteborg og Lina Hage "
        "i Södertälje – prøvde ut hvordan allmennyttige boligselskaper kan motvirke segregasjon "
        "sammen med beboerne.",
        "Fyra labb – i Boden, Portalen i Norrköping, Rannebergen i Göteborg och Lina Hage i "
        "Södertälje – prövade hur allmännyttiga bostadsbolag kan motverka segregation "
        "tillsammans med de boende.",
        "Four labs – in Boden, Portalen in Norrköping, Rannebergen in Gothenburg and Lina Hage "
        "in Södertälje – tested how municipal housing companies can counter segregation "
        "together with residents.",
    ),
    "background": t(
        "<p>Sveriges Allmännytta, bransjeorganisasjonen for de kommunale boligselskapene, "
        "ledet prosjektet med støtte fra innovasjonsbyrået Vinnova. Med på laget var også "
        "Hyresgästföreningen, Malmö högskola, Sustainable Innovation, Norrköpings kommun og "
        "Hyresbostäder i Norrköping.</p>"
        "<p>Laboratoriene testet og evaluerte ideer og arbeidsmåter for å redusere "
        "langtidsledighet, bedre skoleresultatene, styrke samfunnsservicen og redusere "
        "kriminaliteten i utsatte boligområder.</p>",
        "<p>Sveriges Allmännytta ledde projektet med stöd från Vinnova. Med i arbetet var "
        "också Hyresgästföreningen, Malmö högskola, Sustainable Innovation, Norrköpings "
        "kommun och Hyresbostäder i Norrköping.</p>"
        "<p>Labben testade och utvärderade idéer och arbetssätt för att minska "
        "långtidsarbetslösheten, förbättra skolresultaten, stärka samhällsservicen och "
        "minska brottsligheten i utsatta bostadsområden.</p>",
        "<p>Sveriges Allmännytta, the association of Sweden's municipal housing companies, led "
        "the project with support from the innovation agency Vinnova. The Swedish Union of "
        "Tenants (Hyresgästföreningen), Malmö University, Sustainable Innovation, the "
        "Municipality of Norrköping and the housing company Hyresbostäder i Norrköping also "
        "took part.</p>"
        "<p>The labs tested and evaluated ideas and ways of working to reduce long-term "
        "unemployment, improve school results, strengthen public services and reduce crime in "
        "disadvantaged housing areas.</p>",
    ),
    "goals": [
        t(
            "Finne suksessfaktorer og anbefalinger slik at flere boligselskaper kan gjøre mer og "
            "ta bedre beslutninger.",
            "Ta fram framgångsfaktorer och rekommendationer så att fler bostadsbolag kan göra "
            "mer och fatta bättre beslut.",
            "Find success factors and recommendations so that more housing companies can do "
            "more and make better decisions.",
        ),
        t(
            "Færre langtidsledige og bedre skoleresultater.",
            "Färre långtidsarbetslösa och bättre skolresultat.",
            "Less long-term unemployment and better school results.",
        ),
        t(
            "Sterkere samfunnsservice og mindre kriminalitet i boligområdene.",
            "Starkare samhällsservice och mindre brottslighet i bostadsområdena.",
            "Stronger public services and less crime in the housing areas.",
        ),
    ],
    "who_did_what": [
        section(
            t("Boligselskapene", "Bostadsbolagen", "The housing companies"),
            t(
                "Tok en aktiv rolle i områdeutviklingen og stilte lokaler til rådighet som "
                "fysiske møtesteder.",
                "Tog en aktiv roll i områdesutvecklingen och ställde lokaler till förfogande "
                "som fysiska mötesplatser.",
                "Took an active role in developing the areas and provided premises as physical "
                "meeting places.",
            ),
        ),
        section(
            t("Beboerne", "De boende", "Residents"),
            t(
                "Bestemte i stor grad hvilke aktiviteter som ble utviklet. Nye foreninger ble "
                "startet, unge drev kafé og skapte sine egne sommerjobber, og kvinner gikk sammen "
                "for å hjelpe hverandre å starte egen virksomhet.",
                "Påverkade i högsta grad vilka aktiviteter som utvecklades. Nya föreningar "
                "startades, ungdomar drev café och skapade sina egna sommarjobb, och kvinnor gick "
                "samman för att hjälpa varandra att starta eget.",
                "Largely decided which activities were developed. New associations were "
                "founded, young people ran a café and created their own summer jobs, and women "
                "joined forces to help each other start businesses.",
            ),
        ),
        section(
            t("Samarbeidspartnerne", "Samverkansparterna", "The partners"),
            t(
                "Røde Kors, Svenska kyrkan, studieforbund, Hyresgästföreningen og andre foreninger "
                "var samarbeidsparter i laboratoriene.",
                "Röda korset, Svenska kyrkan, studieförbund, Hyresgästföreningen och andra "
                "föreningar var samverkansparter i labben.",
                "The Red Cross, the Church of Sweden, adult-education associations, the Union "
                "of Tenants and other associations were partners in the labs.",
            ),
        ),
    ],
    "continuation": t(
        "<p>Laboratoriene bygde på virksomheter som allerede sto på egne ben, og mye lever derfor "
        "videre etter prosjektperioden. Flere av ungdomsaktivitetene i Rannebergen er blitt "
        "faste, og seks kvinner i Portalen planla å starte et kooperativ sammen.</p>",
        "<p>Labben byggde på verksamheter som redan stod på egna ben, och mycket lever därför "
        "vidare efter projekttiden. Flera av ungdomsaktiviteterna i Rannebergen har blivit "
        "bestående, och sex kvinnor i Portalen planerade att starta ett kooperativt företag "
        "tillsammans.</p>",
        "<p>The labs built on activities that already stood on their own feet, so much lives on "
        "after the project period. Several youth activities in Rannebergen have become "
        "permanent, and six women in Portalen were planning to start a cooperative "
        "together.</p>",
    ),
    "results_in_figures": [
        figure(
            "9 / 10",
            t(
                "nyankomne i Boden som ble fulgt, fikk arbeid eller begynte å studere",
                "nya bodensare som följdes fick arbete eller började studera",
                "newcomers followed in Boden found work or began studying",
            ),
        ),
        figure(
            "100+",
            t(
                "ungdomsaktiviteter i Rannebergen i 2019",
                "ungdomsaktiviteter i Rannebergen under 2019",
                "youth activities in Rannebergen in 2019",
            ),
        ),
        figure(
            "15 / 22",
            t(
                "arbeidsledige kvinner i Portalen fikk arbeid, praksis, studieplass eller eget firma",
                "arbetslösa kvinnor i Portalen fick arbete eller praktik, började studera eller "
                "startade eget",
                "unemployed women in Portalen found work or a placement, began studying or "
                "started a business",
            ),
        ),
        figure(
            "+80 %",
            t(
                "flere unge deltok i aktivitetene i Lina Hage",
                "fler ungdomar deltog i aktiviteterna i Lina Hage",
                "more young people took part in activities in Lina Hage",
            ),
        ),
    ],
    "country": "SE",
    "municipalities": ["boden", "norrkoping", "goteborg", "sodertalje"],
    "areas": ["Boden", "Portalen", "Rannebergen", "Lina Hage"],
    "start_year": 2018,
    "end_year": 2019,
    "themes": [
        "arbeid",
        "utdanning",
        "trygghet",
        "barn-og-unge",
        "bolig-og-bymiljo",
        "samarbeid",
        "sivilsamfunn",
        "demokrati-og-medvirkning",
    ],
    "phases": [3, 4],
    "legal_bases": ["socialtjanstlagen", "plan-och-bygglagen"],
    "contact": t("Sveriges Allmännytta", "Sveriges Allmännytta", "Sveriges Allmännytta"),
    "image": {
        "key": "allmannyttan",
        "scene": "estate",
        "palette": 2,
        "alt": t(
            "Illustrasjon: boligblokker i blått, gammelrosa og gult med opplyste vinduer, trær og en "
            "gangsti.",
            "Illustration: bostadshus i blått, gammelrosa och gult med tända fönster, träd och en gångväg.",
            "Illustration: housing blocks in blue, dusty pink and yellow with lit windows, trees and a "
            "footpath.",
        ),
    },
    "items": [
        success_factor(
            t("Bygg på det som finnes", "Utgå från befintliga verksamheter", "Build on what exists"),
            t(
                "Laboratoriene startet ingen nye prosjekter som var avhengige av prosjektmidlene, "
                "men bygde på virksomheter som allerede var i gang og sto på egne ben.",
                "Labben startade inga nya projekt som var beroende av just denna satsning, utan "
                "utgick från verksamheter som redan var igång och stod på egna ben.",
                "The labs started no new projects that depended on the grant; they built on "
                "activities already running and standing on their own feet.",
            ),
            phase=4,
        ),
        success_factor(
            t("Beboerne drev utviklingen", "De boende drev utvecklingen", "Residents drove the work"),
            t(
                "Beboerne som var berørt, påvirket i høyeste grad hvilke aktiviteter som ble "
                "utviklet. Å støtte lokale prosessledere i bakgrunnen og samtidig slippe fram "
                "beboernes egen kraft var en av de største suksessfaktorene.",
                "De boende som berördes påverkade i högsta grad vilka aktiviteter som "
                "utvecklades. Att stötta lokala processledare i bakgrunden och samtidigt släppa "
                "fram de boendes egen kraft var en av de stora framgångsfaktorerna.",
                "The residents concerned largely decided which activities were developed. "
                "Supporting local process leaders in the background while letting residents' "
                "own energy come forward was one of the main success factors.",
            ),
            phase=3,
            themes=["demokrati-og-medvirkning", "sivilsamfunn"],
        ),
        success_factor(
            t(
                "Lokaler som blir møtesteder",
                "Lokaler som blir mötesplatser",
                "Premises that become meeting places",
            ),
            t(
                "I alle fire laboratoriene var det fysiske møtestedet viktig – som arena for "
                "aktiviteter, samtaler og ideer, og som et lokalt ressurssenter der beboerne får "
                "vite hvor de kan henvende seg. Boligselskapet eier ofte lokalene og blir slik en "
                "tilrettelegger.",
                "I alla fyra labben hade den fysiska mötesplatsen stor betydelse – som arena för "
                "aktiviteter, samtal och idéer, och som ett lokalt resurscenter där de boende "
                "får veta vart de kan vända sig. Bostadsbolaget äger ofta lokalerna och blir "
                "därigenom en möjliggörare.",
                "In all four labs the physical meeting place mattered – as a venue for "
                "activities, conversations and ideas, and as a local resource centre where "
                "residents learn where to turn. The housing company often owns the premises and "
                "so becomes an enabler.",
            ),
            phase=3,
            themes=["bolig-og-bymiljo", "sivilsamfunn"],
        ),
        success_factor(
            t(
                "Engasjerte lokale prosessledere",
                "Engagerade lokala processledare",
                "Committed local process leaders",
            ),
            t(
                "En person som lytter, fanger opp det som opptar folk, hjelper dem å tenke "
                "strategisk og kobler aktører sammen, fantes i alle laboratoriene.",
                "En person som lyssnar, fångar upp det som berör människor, stöttar dem att "
                "tänka strategiskt och kopplar ihop aktörer fanns i alla labben.",
                "Every lab had someone who listens, picks up what matters to people, helps them "
                "think strategically and links actors together.",
            ),
            phase=3,
            themes=["samarbeid"],
        ),
        success_factor(
            t(
                "Samarbeidsavtaler og partnerskap",
                "Samverkansavtal och partnerskap",
                "Cooperation agreements and partnership",
            ),
            t(
                "Arbeidet skjedde i partnerskap med blant andre Røde Kors, Svenska kyrkan, "
                "studieforbund og Hyresgästföreningen – trolig helt nødvendig for å møte en så "
                "sammensatt utfordring som segregasjon.",
                "Arbetet skedde i partnerskap med bland andra Röda korset, Svenska kyrkan, "
                "studieförbund och Hyresgästföreningen – kanske helt nödvändigt för att komma åt "
                "en så komplex utmaning som segregation.",
                "The work was done in partnership with, among others, the Red Cross, the Church "
                "of Sweden, adult-education associations and the Union of Tenants – probably "
                "essential for tackling a challenge as complex as segregation.",
            ),
            phase=3,
            themes=["samarbeid", "sivilsamfunn"],
            legal_bases=["socialtjanstlagen"],
        ),
        challenge(
            t("Samarbeid tar tid", "Samverkan tar tid", "Collaboration takes time"),
            t(
                "Partnerskap krever tid og arbeid. Alle må enes om et felles målbilde, målbare "
                "mål og en strategi de står bak.",
                "Samverkan kräver tid och arbete. Alla måste enas om en gemensam målbild, "
                "mätbara mål och en strategi som de står bakom.",
                "Partnership takes time and work. Everyone has to agree on a shared vision, "
                "measurable goals and a strategy they support.",
            ),
            phase=3,
            themes=["samarbeid"],
        ),
        challenge(
            t("Fra prat til handling", "Från prat till handling", "From talk to action"),
            t(
                "Et partnerskap kan lett bli et sted for informasjonsutveksling. Det må føre til "
                "konkret, felles handling.",
                "Ett partnerskap kan lätt stanna vid informationsutbyte. Det måste leda till "
                "konkret, gemensamt agerande.",
                "A partnership can easily stop at exchanging information. It must lead to "
                "concrete joint action.",
            ),
            phase=4,
            themes=["samarbeid"],
        ),
        challenge(
            t("En sammensatt utfordring", "En komplex utmaning", "A complex problem"),
            t(
                "Utenforskap og segregasjon har mange årsaker. Ingen aktør – heller ikke et "
                "boligselskap – kan løse det alene.",
                "Utanförskap och segregation har många orsaker. Ingen aktör – inte heller ett "
                "bostadsbolag – kan lösa det ensam.",
                "Exclusion and segregation have many causes. No single actor – not even a "
                "housing company – can solve them alone.",
            ),
            phase=1,
        ),
        tip(
            t(
                "Boligselskapet bør ta ansvar",
                "Bostadsbolaget bör ta ansvar",
                "The housing company should take responsibility",
            ),
            t(
                "Boligselskapet bør ta en aktiv rolle og et ansvar i den lokale områdeutviklingen.",
                "Bostadsbolaget bör ta en aktiv roll och ett ansvar i den lokala områdesutvecklingen.",
                "The housing company should take an active role and responsibility in local "
                "area development.",
            ),
            phase=2,
            themes=["bolig-og-bymiljo"],
        ),
        tip(
            t("Start i beboernes engasjement", "Utgå från de boende", "Start from residents' commitment"),
            t(
                "Ta utgangspunkt i beboerne og bygg på engasjementet deres.",
                "Utgå från de boende och ta vara på deras engagemang.",
                "Start from the residents and build on their commitment.",
            ),
            phase=3,
            themes=["demokrati-og-medvirkning"],
            legal_bases=["plan-och-bygglagen"],
        ),
        tip(
            t("Bygg partnerskap", "Bilda partnerskap", "Form partnerships"),
            t(
                "Inngå partnerskap eller samarbeid med andre aktører.",
                "Bilda partnerskap eller samverka med andra.",
                "Form partnerships or work together with others.",
            ),
            phase=3,
            themes=["samarbeid"],
        ),
        tip(
            t("Utpek lokale prosessledere", "Utse lokala processledare", "Appoint local process leaders"),
            t(
                "Gi noen i området i oppgave å lytte, koble og styrke beboerne.",
                "Ge någon i området i uppdrag att lyssna, koppla ihop och stärka de boende.",
                "Give someone in the area the job of listening, connecting and strengthening residents.",
            ),
            phase=3,
        ),
        tip(
            t("Arbeid langsiktig", "Arbeta långsiktigt", "Work for the long term"),
            t(
                "Resultatene kommer over tid. Planlegg for år, ikke for måneder.",
                "Resultaten kommer över tid. Planera för år, inte för månader.",
                "Results come over time. Plan in years, not months.",
            ),
            phase=5,
        ),
    ],
}

GRORUDDALEN = {
    "key": "groruddalen",
    "slug": t("groruddalssatsingen", "groruddalssatsningen", "groruddalen-programme"),
    "title": t(
        "Groruddalssatsingen i Oslo 2007–2016",
        "Groruddalssatsningen i Oslo 2007–2016",
        "The Groruddalen programme in Oslo 2007–2016",
    ),
    "summary": t(
        "Stat og kommune satset i ti år på Groruddalen. Områdeløftene i bydelene ga erfaringer "
        "om kunnskapsgrunnlag, beboerinvolvering, partnerskap og tjenesteutvikling.",
        "Staten och Oslo kommun satsade under tio år på Groruddalen. Områdesinsatserna i "
        "stadsdelarna gav erfarenheter om kunskapsunderlag, de boendes delaktighet, "
        "partnerskap och serviceutveckling.",
        "The state and the City of Oslo invested in Groruddalen for ten years. The area "
        "programmes in the districts produced lessons on knowledge, resident involvement, "
        "partnership and service development.",
    ),
    "background": t(
        "<p>Utsatte områder kjennetegnes av at fysiske, sosiale, strukturelle og "
        "omdømmemessige utfordringer hoper seg opp. Prosessene forsterker seg selv, slik at "
        "områdene over tid kan sakke enda mer akterut i forhold til resten av byen.</p>"
        "<p>Groruddalssatsingen var et samarbeid mellom staten og Oslo kommune. På oppdrag fra "
        "Samarbeidsutvalget for Groruddalen ble arbeidsmetodene fra områdeløftene "
        "dokumentert, med vekt på erfaringene fra bydeler og etater i arbeidet med de utsatte "
        "områdene. Metodene ble lagt fram på den nasjonale konferansen om områdeløft i "
        "2013.</p>",
        "<p>Utsatta områden kännetecknas av att fysiska, sociala, strukturella och "
        "ryktesrelaterade utmaningar hopar sig. Processerna förstärker sig själva, så att "
        "områdena med tiden riskerar att halka ännu längre efter resten av staden.</p>"
        "<p>Groruddalssatsningen var ett samarbete mellan staten och Oslo kommun. På uppdrag "
        "av samarbetsutskottet för Groruddalen dokumenterades arbetsmetoderna från "
        "områdesinsatserna, med tonvikt på erfarenheterna från stadsdelar och förvaltningar i "
        "arbetet med de utsatta områdena. Metoderna presenterades på den nationella "
        "konferensen om områdesinsatser 2013.</p>",
        "<p>Disadvantaged areas are marked by an accumulation of physical, social, structural "
        "and reputational problems. These processes reinforce themselves, so that over time "
        "the areas risk falling further behind the rest of the city.</p>"
        "<p>The Groruddalen programme was a partnership between the state and the City of "
        "Oslo. Commissioned by the Groruddalen cooperation committee, the working methods of "
        "the area programmes were documented, drawing on the experience of districts and "
        "agencies in the disadvantaged areas. The methods were presented at the national "
        "conference on area programmes in 2013.</p>",
    ),
    "goals": [
        t(
            "Snu negative, selvforsterkende prosesser i de mest utsatte områdene.",
            "Vända negativa, självförstärkande processer i de mest utsatta områdena.",
            "Reverse negative, self-reinforcing processes in the most disadvantaged areas.",
        ),
        t(
            "Bedre levekår og nærmiljøer, og tjenester som når dem de er ment for.",
            "Bättre levnadsvillkor och närmiljöer, och service som når dem den är avsedd för.",
            "Better living conditions and neighbourhoods, and services that reach the people they are for.",
        ),
        t(
            "Få mest mulig ut av midlene, med et bredt utvalg av virkemidler og en varig positiv utvikling.",
            "Få ut mesta möjliga av medlen, med ett brett urval av verktyg och en bestående "
            "positiv utveckling.",
            "Get the most out of the funds, with a wide range of instruments and lasting positive change.",
        ),
    ],
    "who_did_what": [
        section(
            t("Kunnskapsgrunnlag", "Kunskapsunderlag", "Knowledge"),
            t(
                "Bydelene hentet kunnskap fra statistikk, stedsanalyser, ansatte og beboerne, og "
                "tok den opp i prosjektgrupper, ledergrupper, programstyrer og tverrfaglige fora "
                "for å skape en felles forståelse av området.",
                "Stadsdelarna hämtade kunskap från statistik, platsanalyser, medarbetare och de "
                "boende, och tog upp den i projektgrupper, ledningsgrupper, programstyrelser och "
                "tvärfackliga forum för att skapa en gemensam förståelse av området.",
                "The districts drew knowledge from statistics, place analyses, staff and "
                "residents, and took it up in project groups, management teams, programme "
                "boards and cross-disciplinary forums to build a shared understanding of the "
                "area.",
            ),
        ),
        section(
            t("Beboerinvolvering", "De boendes delaktighet", "Resident involvement"),
            t(
                "Arbeidet handlet om to ting: beboerinnflytelse over selve satsingen, og "
                "empowerment – å styrke lokalbefolkningens engasjement for nærmiljøet gjennom "
                "frivillighet, foreninger og kontakt på tvers av grupper.",
                "Arbetet handlade om två saker: de boendes inflytande över själva satsningen, "
                "och empowerment – att stärka lokalbefolkningens engagemang för närmiljön genom "
                "ideellt arbete, föreningar och kontakt mellan olika grupper.",
                "The work was about two things: resident influence over the programme itself, "
                "and empowerment – strengthening local people's commitment to their "
                "neighbourhood through volunteering, associations and contact across groups.",
            ),
        ),
        section(
            t("Partnerskap og samarbeid", "Partnerskap och samverkan", "Partnership and collaboration"),
            t(
                "Bydelene samarbeidet med private og offentlige aktører for å få flere ressurser "
                "og virkemidler, og utfordret sektortenkningen ved å planlegge ut fra området.",
                "Stadsdelarna samarbetade med privata och offentliga aktörer för att få fler "
                "resurser och verktyg, och utmanade sektorstänkandet genom att planera utifrån "
                "området.",
                "The districts worked with private and public actors to gain more resources "
                "and instruments, and challenged sector thinking by planning from the area.",
            ),
        ),
        section(
            t("Tjenesteutvikling", "Serviceutveckling", "Service development"),
            t(
                "Fordi tjenestene ofte ikke nådde dem de var ment for, arbeidet bydelene med "
                "rekruttering, informasjonskanaler, tillit og oppfølging, og med åpne og lett "
                "tilgjengelige tilbud.",
                "Eftersom servicen ofta inte nådde dem den var avsedd för arbetade "
                "stadsdelarna med rekrytering, informationskanaler, förtroende och uppföljning, "
                "och med öppna och lättillgängliga verksamheter.",
                "Because services often failed to reach the people they were for, the districts "
                "worked on recruitment, information channels, trust and follow-up, and on open, "
                "easy-to-reach services.",
            ),
        ),
    ],
    "continuation": t(
        "<p>Erfaringene ble samlet i en metoderapport og i Oslo kommunes tre håndbøker om "
        "områderettet arbeid. Tre lærdommer skilte seg ut: lokalkunnskap og nærhet til "
        "beboerne gir en mer treffsikker innsats; tverrsektorielt samarbeid gir flere "
        "virkemidler og bedre bruk av ressursene; og utviklingsarbeid ved siden av ordinær "
        "drift gjør også den ordinære driften bedre.</p>",
        "<p>Erfarenheterna samlades i en metodrapport och i Oslo kommuns tre handböcker om "
        "områdesinriktat arbete. Tre lärdomar stack ut: lokalkunskap och närhet till de boende "
        "ger mer träffsäkra insatser; samverkan mellan sektorer ger fler verktyg och bättre "
        "användning av resurserna; och utvecklingsarbete vid sidan av den ordinarie driften "
        "gör också den ordinarie driften bättre.</p>",
        "<p>The lessons were gathered in a methods report and in the City of Oslo's three "
        "handbooks on area-based work. Three lessons stood out: local knowledge and closeness "
        "to residents make the effort better targeted; cross-sector collaboration gives more "
        "instruments and better use of resources; and development work alongside ordinary "
        "operations improves those operations too.</p>",
    ),
    "results_in_figures": [
        figure("10", t("år med satsing", "år av satsning", "years of investment")),
        figure("4", t("bydeler i Groruddalen", "stadsdelar i Groruddalen", "districts in Groruddalen")),
        figure("4", t("temaer for erfaringene", "teman för erfarenheterna", "themes for the lessons")),
        figure(
            "3",
            t(
                "håndbøker om områderettet arbeid",
                "handböcker om områdesarbete",
                "handbooks on area-based work",
            ),
        ),
    ],
    "country": "NO",
    "municipalities": ["oslo"],
    "areas": ["Alna", "Bjerke", "Grorud", "Stovner"],
    "start_year": 2007,
    "end_year": 2016,
    "themes": ["demokrati-og-medvirkning", "samarbeid", "tjenesteutvikling", "sivilsamfunn", "folkehelse"],
    "phases": [1, 3, 4, 5],
    "legal_bases": ["folkehelseloven", "plan-og-bygningsloven", "sosialtjenesteloven"],
    "contact": t(
        "Oslo kommune, Plankontoret for Groruddalen",
        "Oslo kommune, Plankontoret for Groruddalen",
        "City of Oslo, Groruddalen planning office",
    ),
    "image": {
        "key": "groruddalen",
        "scene": "hillside",
        "palette": 1,
        "alt": t(
            "Illustrasjon: boligblokker i grågrønt, terrakotta og sand i en dalside, med trær foran.",
            "Illustration: bostadshus i grågrönt, terrakotta och sand i en dalsluttning, med träd framför.",
            "Illustration: housing blocks in grey-green, terracotta and sand on a valley side, with trees "
            "in front.",
        ),
    },
    "items": [
        success_factor(
            t("Lokalkunnskap og nærhet", "Lokalkunskap och närhet", "Local knowledge and closeness"),
            t(
                "Nærhet til beboerne og kunnskap om området ga en mer treffsikker og lokalt "
                "forankret innsats.",
                "Närhet till de boende och kunskap om området gav mer träffsäkra och lokalt "
                "förankrade insatser.",
                "Closeness to residents and knowledge of the area made the effort better "
                "targeted and locally rooted.",
            ),
            phase=1,
            themes=["demokrati-og-medvirkning"],
            legal_bases=["folkehelseloven"],
        ),
        success_factor(
            t("Tilstedeværelse i nærmiljøet", "Närvaro i närmiljön", "Presence in the neighbourhood"),
            t(
                "Et viktig grep var å være til stede der beboerne er. Et mangfold av metoder nådde "
                "et bredere utvalg av beboere enn tradisjonelle folkemøter.",
                "Ett viktigt grepp var att finnas där de boende är. Många olika metoder nådde "
                "en bredare grupp boende än traditionella stormöten.",
                "A key approach was being present where residents are. A variety of methods "
                "reached a wider range of residents than traditional public meetings.",
            ),
            phase=3,
            themes=["demokrati-og-medvirkning"],
            legal_bases=["plan-og-bygningsloven"],
        ),
        success_factor(
            t("Tverrsektorielt samarbeid", "Samverkan mellan sektorer", "Cross-sector collaboration"),
            t(
                "Samordning av offentlige virkemidler ga flere og bedre verktøy og en mer "
                "effektiv bruk av kommunens samlede ressurser.",
                "Samordning av offentliga verktyg gav fler och bättre medel och en effektivare "
                "användning av kommunens samlade resurser.",
                "Coordinating public instruments gave more and better tools and more efficient "
                "use of the municipality's combined resources.",
            ),
            phase=4,
            themes=["samarbeid", "tjenesteutvikling"],
        ),
        success_factor(
            t(
                "Utvikling ved siden av drift",
                "Utveckling vid sidan av driften",
                "Development alongside operations",
            ),
            t(
                "Å prioritere utviklingsarbeid ved siden av den ordinære driften forbedret selve "
                "driften: oppgavene ble løst bedre og ressursene utnyttet bedre.",
                "Att prioritera utvecklingsarbete vid sidan av den ordinarie driften förbättrade "
                "själva driften: uppgifterna löstes bättre och resurserna användes bättre.",
                "Giving priority to development work alongside ordinary operations improved "
                "the operations themselves: tasks were done better and resources better used.",
            ),
            phase=5,
            themes=["tjenesteutvikling"],
        ),
        challenge(
            t(
                "Selvforsterkende negative prosesser",
                "Självförstärkande negativa processer",
                "Self-reinforcing decline",
            ),
            t(
                "Når fysiske, sosiale og omdømmemessige problemer hoper seg opp, kan de forsterke "
                "hverandre og trekke området nedover. Det krever innsats på mange fronter "
                "samtidig.",
                "När fysiska, sociala och ryktesrelaterade problem hopar sig kan de förstärka "
                "varandra och dra ned området. Det kräver insatser på många fronter samtidigt.",
                "When physical, social and reputational problems pile up they can reinforce "
                "each other and pull the area down. That takes action on many fronts at "
                "once.",
            ),
            phase=1,
            themes=["bolig-og-bymiljo"],
        ),
        challenge(
            t(
                "Vanlige medvirkningsmetoder strekker ikke til",
                "Traditionella metoder räcker inte",
                "Usual participation methods fall short",
            ),
            t(
                "I områder med en mangfoldig befolkning når folkemøter og høringer bare noen få beboere.",
                "I områden med en mångfaldig befolkning når stormöten och remisser bara ett fåtal boende.",
                "In areas with a diverse population, public meetings and hearings reach only a "
                "few residents.",
            ),
            phase=3,
            themes=["demokrati-og-medvirkning"],
            legal_bases=["plan-og-bygningsloven"],
        ),
        challenge(
            t("Tjenester som ikke når fram", "Service som inte når fram", "Services that miss their users"),
            t(
                "Et større mangfold av bakgrunner og behov utfordrer tjenestene, som ofte ikke "
                "når dem de er ment for.",
                "En större mångfald av bakgrunder och behov utmanar servicen, som ofta inte når "
                "dem den är avsedd för.",
                "A wider range of backgrounds and needs challenges services, which often fail "
                "to reach those they are meant for.",
            ),
            phase=4,
            themes=["tjenesteutvikling"],
            legal_bases=["sosialtjenesteloven"],
        ),
        challenge(
            t("Sektortenkning", "Sektorstänkande", "Thinking in silos"),
            t(
                "Hver etat planlegger for sin sektor. Å planlegge ut fra et område krever at "
                "sektortenkningen utfordres.",
                "Varje förvaltning planerar för sin sektor. Att planera utifrån ett område "
                "kräver att sektorstänkandet utmanas.",
                "Each agency plans for its own sector. Planning from an area means challenging "
                "that silo thinking.",
            ),
            phase=2,
            themes=["samarbeid"],
        ),
        tip(
            t(
                "Drøft kunnskapen i mange fora",
                "Diskutera kunskapen i många forum",
                "Discuss the knowledge in many forums",
            ),
            t(
                "Ikke la analysen bli liggende. Problematiser og diskuter den i prosjektgrupper, "
                "ledergrupper, programstyret og tverrfaglige fora.",
                "Låt inte analysen bli liggande. Problematisera och diskutera den i "
                "projektgrupper, ledningsgrupper, programstyrelsen och tvärfackliga forum.",
                "Do not let the analysis gather dust. Question and discuss it in project "
                "groups, management teams, the programme board and cross-disciplinary "
                "forums.",
            ),
            phase=1,
            legal_bases=["folkehelseloven"],
        ),
        tip(
            t(
                "Vit hvorfor, når og hvordan beboerne involveres",
                "Vet varför, när och hur de boende involveras",
                "Know why, when and how residents are involved",
            ),
            t(
                "Det virker selvsagt at beboerne skal involveres, men vær bevisst på formålet: "
                "skal beboerne påvirke satsingen, eller skal engasjementet deres styrkes over "
                "tid? Begge deler trengs.",
                "Det verkar självklart att de boende ska involveras, men var medveten om syftet: "
                "ska de boende påverka satsningen, eller ska deras engagemang stärkas över tid? "
                "Båda behövs.",
                "It seems obvious that residents should be involved, but be clear about the "
                "purpose: should residents influence the programme, or should their commitment "
                "grow over time? Both are needed.",
            ),
            phase=3,
            themes=["demokrati-og-medvirkning"],
            legal_bases=["plan-og-bygningsloven", "folkehelseloven"],
        ),
        tip(
            t("Støtt foreningslivet", "Stöd föreningslivet", "Support associations"),
            t(
                "Styrk den sosiale kapitalen ved å støtte etablering og drift av foreninger, og "
                "legg til rette for kontakt mellom grupper og organisasjoner i nærmiljøet.",
                "Stärk det sociala kapitalet genom att stödja föreningar att starta och drivas, "
                "och underlätta kontakt mellan grupper och organisationer i närmiljön.",
                "Strengthen social capital by helping associations start and run, and make room "
                "for contact between groups and organisations in the neighbourhood.",
            ),
            phase=3,
            themes=["sivilsamfunn"],
            legal_bases=["folkehelseloven"],
        ),
        tip(
            t("Finn felles interesser", "Hitta gemensamma intressen", "Find common interests"),
            t(
                "Kartlegg interessentene og finn det dere har felles. La bydelen være "
                "katalysatoren som kobler aktørene sammen.",
                "Kartlägg intressenterna och hitta det ni har gemensamt. Låt stadsdelen vara "
                "katalysatorn som kopplar ihop aktörerna.",
                "Map the stakeholders and find what you have in common. Let the district be "
                "the catalyst that links the actors.",
            ),
            phase=3,
            themes=["samarbeid", "naering-og-vekst"],
        ),
        tip(
            t("Planlegg ut fra området", "Planera utifrån området", "Plan from the area"),
            t(
                "Samordne offentlige virkemidler og planlegg ut fra området, ikke ut fra hver "
                "sektor. Det gir samspillseffekter.",
                "Samordna offentliga verktyg och planera utifrån området, inte utifrån varje "
                "sektor. Det ger samverkanseffekter.",
                "Coordinate public instruments and plan from the area, not from each sector. "
                "That creates combined effects.",
            ),
            phase=2,
            themes=["samarbeid"],
            legal_bases=["plan-og-bygningsloven", "folkehelseloven"],
        ),
        tip(
            t("Rekrutter med tillit", "Rekrytera med förtroende", "Recruit through trust"),
            t(
                "Nå beboerne gjennom kanalene og kommunikasjonsformene de bruker, bygg tillit og "
                "følg opp dem som tar kontakt.",
                "Nå de boende genom de kanaler och kommunikationsformer de använder, bygg "
                "förtroende och följ upp dem som hör av sig.",
                "Reach residents through the channels and ways of communicating they use, "
                "build trust and follow up those who get in touch.",
            ),
            phase=4,
            themes=["tjenesteutvikling"],
            legal_bases=["sosialtjenesteloven"],
        ),
    ],
}

LOCAL_DEVELOPMENT_AGREEMENTS = {
    "key": "lokala-utvecklingsavtal",
    "slug": t(
        "lokale-utviklingsavtaler-i-sverige",
        "lokala-utvecklingsavtal",
        "swedish-local-development-agreements",
    ),
    "title": t(
        "Lokale utviklingsavtaler i Sverige – 19 kommuners erfaringer (2011)",
        "Lokala utvecklingsavtal – 19 kommuners slutredovisningar (2011)",
        "Local development agreements in Sweden – 19 municipalities report (2011)",
    ),
    "summary": t(
        "Da de lokale utviklingsavtalene mellom staten og svenske kommuner nærmet seg slutten, "
        "rapporterte 19 kommuner hva som hadde virket, hva som hadde vært vanskelig, og hvordan "
        "det urbane utviklingsarbeidet burde se ut framover.",
        "När de lokala utvecklingsavtalen mellan staten och kommunerna gick mot sitt slut "
        "redovisade 19 kommuner vad som hade fungerat, vad som hade varit svårt och hur det "
        "urbana utvecklingsarbetet borde se ut framöver.",
        "As the local development agreements between the Swedish state and municipalities "
        "drew to a close, 19 municipalities reported what had worked, what had been hard, "
        "and how urban development work should look in future.",
    ),
    "background": t(
        "<p>I den svenske urbane utviklingspolitikken inngikk staten og kommuner lokale "
        "utviklingsavtaler (LUA) for bydeler med stort utenforskap. Hvert år leverte kommunene "
        "en rapport om utviklingen. I 2011 handlet rapportene om hvordan arbeidet burde "
        "utformes videre, og Arbeidsmarkedsdepartementet sammenstilte svarene fra 19 kommuner i "
        "et notat som grunnlag for regjeringens forslag samme vår.</p>",
        "<p>Inom den urbana utvecklingspolitiken slöt staten och kommuner lokala "
        "utvecklingsavtal (LUA) för stadsdelar med stort utanförskap. Varje år lämnade "
        "kommunerna en redovisning av utvecklingen. År 2011 handlade redovisningarna om hur "
        "arbetet borde utformas framöver, och Arbetsmarknadsdepartementet sammanställde svaren "
        "från 19 kommuner i en promemoria som underlag för regeringens förslag samma vår.</p>",
        "<p>Under Sweden's urban development policy the state and municipalities signed local "
        "development agreements (LUA) for districts with widespread exclusion. Each year the "
        "municipalities reported on progress. In 2011 the reports dealt with how the work "
        "should be shaped in future, and the Ministry of Employment compiled the answers from "
        "19 municipalities in a memo that informed the government's proposals that "
        "spring.</p>",
    ),
    "goals": [
        t(
            "Arbeid, utdanning, trygghet og vekst – de fire statlige målområdene.",
            "Arbete, utbildning, trygghet och tillväxt – de fyra statliga målområdena.",
            "Work, education, safety and growth – the four national goal areas.",
        ),
        t(
            "Bedre samarbeid mellom kommunen, statlige etater og lokale aktører.",
            "Bättre samverkan mellan kommunen, statliga myndigheter och lokala aktörer.",
            "Better cooperation between the municipality, state agencies and local actors.",
        ),
        t(
            "Et helhetsperspektiv der bydelen ses som en del av hele byen.",
            "Ett helhetsperspektiv där stadsdelen ses som en del av hela staden.",
            "A holistic view in which the district is seen as part of the whole city.",
        ),
    ],
    "who_did_what": [
        section(
            t("Kommunene", "Kommunerna", "The municipalities"),
            t(
                "Styrte arbeidet ulikt: noen hadde både politiske og administrative "
                "styringsgrupper, og mange la avtalen til kommunstyrelsen fordi arbeidet gikk på "
                "tvers av nemndene. Koordinatoren satt noen steder sentralt, andre steder i en "
                "egen forvaltning – og det påvirket gjennomslaget.",
                "Styrde arbetet på olika sätt: några hade både politiska och icke-politiska "
                "styrgrupper, och många lade avtalet på kommunstyrelsen eftersom arbetet var "
                "nämndöverskridande. Samordnaren satt ibland centralt, ibland på en särskild "
                "förvaltning – och det påverkade genomslaget.",
                "Steered the work in different ways: some had both political and "
                "administrative steering groups, and many placed the agreement with the "
                "executive board because the work cut across committees. The coordinator sat "
                "centrally in some places and in a department in others – which affected the "
                "impact.",
            ),
        ),
        section(
            t("Statlige etater", "Statliga myndigheter", "State agencies"),
            t(
                "Mandatet varierte: noen lokale etater hadde frie hender, andre opplevde at "
                "ledelsen sentralt var uklar. Noen steder var samarbeidet med politiet allerede "
                "tett gjennom kriminalitetsforebyggende råd.",
                "Mandatet varierade: vissa lokala myndigheter hade fria händer, andra upplevde "
                "att ledningen centralt var otydlig. På vissa håll var samverkan med polisen "
                "redan nära genom brottsförebyggande råd.",
                "Mandates varied: some local agencies had a free hand, others found central "
                "leadership unclear. In some places cooperation with the police was already "
                "close through crime-prevention councils.",
            ),
        ),
        section(
            t("Regjeringskontoret", "Regeringskansliet", "The Government Offices"),
            t(
                "Ga ikke penger, men ga arbeidet tyngde, styrte etatene og skapte arenaer for "
                "erfaringsutveksling mellom kommunene.",
                "Gav inga pengar men gav arbetet tyngd, styrde myndigheterna och skapade arenor "
                "för erfarenhetsutbyte mellan kommunerna.",
                "Gave no money but lent the work weight, steered the agencies and created "
                "forums for municipalities to share experience.",
            ),
        ),
    ],
    "continuation": t(
        "<p>Kommunene pekte ut fem utviklingsområder: styring og samordning, involvering av "
        "beboere og lokale aktører, støtte fra staten, fysisk fornyelse, og støtte til "
        "oppfølging og evaluering. Mange mente arbeidet ville fortsette uten avtalene, men med "
        "mindre samarbeid og mindre kraft.</p>",
        "<p>Kommunerna pekade ut fem utvecklingsområden: styrning och samordning, att "
        "involvera boende och lokala aktörer, stöd från Regeringskansliet, fysisk förnyelse, "
        "och stöd till uppföljning och utvärdering. Många menade att arbetet skulle fortsätta "
        "utan avtalen, men med mer begränsad samverkan och inte med samma kraft.</p>",
        "<p>The municipalities named five areas for development: steering and coordination, "
        "involving residents and local actors, support from central government, physical "
        "renewal, and support for monitoring and evaluation. Many felt the work would go on "
        "without the agreements, but with less cooperation and less force.</p>",
    ),
    "results_in_figures": [
        figure(
            "19",
            t(
                "kommuner leverte sluttrapport",
                "kommuner lämnade slutredovisning",
                "municipalities submitted final reports",
            ),
        ),
        figure("4", t("statlige målområder", "statliga målområden", "national goal areas")),
        figure("6", t("nye målområder foreslått", "nya målområden föreslogs", "new goal areas proposed")),
        figure(
            "5",
            t(
                "utviklingsområder for framtiden",
                "utvecklingsområden för framtiden",
                "areas for future development",
            ),
        ),
    ],
    "country": "SE",
    "municipalities": ["malmo", "vaxjo", "uppsala"],
    "areas": ["Gottsunda-Valsätra"],
    "start_year": 2008,
    "end_year": 2011,
    "themes": [
        "arbeid",
        "utdanning",
        "trygghet",
        "naering-og-vekst",
        "samarbeid",
        "demokrati-og-medvirkning",
        "sivilsamfunn",
        "bolig-og-bymiljo",
    ],
    "phases": [2, 3, 5],
    "legal_bases": ["socialtjanstlagen", "plan-och-bygglagen"],
    "contact": t(
        "Arbetsmarknadsdepartementet, enheten for integrering og urban utvikling",
        "Arbetsmarknadsdepartementet, enheten för integration och urban utveckling",
        "Ministry of Employment, unit for integration and urban development",
    ),
    "image": {
        "key": "lokala-utvecklingsavtal",
        "scene": "estate",
        "palette": 1,
        "alt": t(
            "Illustrasjon: en forstad med blokker i grågrønt, terrakotta og sand, en gressplen, trær og en "
            "gangsti.",
            "Illustration: en förort med hus i grågrönt, terrakotta och sand, en gräsmatta, träd och en "
            "gångväg.",
            "Illustration: a suburb with blocks in grey-green, terracotta and sand, a lawn, trees and a "
            "footpath.",
        ),
    },
    "items": [
        success_factor(
            t("Politisk forankring", "Förankring hos ledningen", "Anchored with the leadership"),
            t(
                "Der arbeidet var forankret hos politisk ledelse og toppledere, ble utfallet en "
                "suksess for områdearbeidet.",
                "När förankringen hos politisk ledning och högre chefer fungerade blev utfallet "
                "en framgång för områdesarbetet.",
                "Where the work was anchored with political leaders and senior managers, the "
                "area work succeeded.",
            ),
            phase=2,
        ),
        success_factor(
            t("Lettere samarbeid", "Underlättad samverkan", "Easier cooperation"),
            t(
                "Avtalet gjorde det enklere for kommunen og andre aktører å samarbeide, og "
                "samarbeidet ga økt forståelse for hverandres roller.",
                "Avtalet gjorde det lättare för kommunen och andra aktörer att samverka, och "
                "samverkan gav ökad förståelse för varandras roller.",
                "The agreement made it easier for the municipality and other actors to "
                "cooperate, and cooperation built understanding of each other's roles.",
            ),
            phase=3,
            themes=["samarbeid"],
        ),
        success_factor(
            t(
                "Ny kunskap og helhetssyn",
                "Ny kunskap och helhetsperspektiv",
                "New knowledge and a holistic view",
            ),
            t(
                "Arbeidet ga ny kunnskap og nye metoder og styrket helhetsperspektivet.",
                "Arbetet gav ny kunskap och nya arbetsmetoder och förstärkte helhetsperspektivet.",
                "The work produced new knowledge and methods and strengthened the holistic view.",
            ),
            phase=5,
        ),
        success_factor(
            t("Tilgang til EU-midler", "Tillgång till EU-medel", "Access to EU funding"),
            t(
                "Den lokale utviklingsavtalen gjorde det lettere å få støtte fra blant annet "
                "Det europeiske sosialfondet.",
                "Det lokala utvecklingsavtalet gjorde det lättare att få stöd från bland annat ESF-rådet.",
                "The local development agreement made it easier to obtain support from, among "
                "others, the European Social Fund.",
            ),
            phase=2,
            themes=["arbeid"],
        ),
        success_factor(
            t("Både individ og område", "Både individ och område", "Both people and place"),
            t(
                "Det virket å arbeide med både individrettede og områderettede tiltak.",
                "Det fungerade att arbeta med både individbaserade och områdesbaserade insatser.",
                "Working with both individual and area-based measures worked.",
            ),
            phase=4,
        ),
        success_factor(
            t("Én som samordner", "En som samordnar", "Someone who coordinates"),
            t(
                "En ressurs som samordnet de lokale aktørene og skapte møteplasser, bygde et "
                "nettverk av beboere, næringsdrivende og foreninger.",
                "En resurs som samordnade de lokala aktörerna och skapade mötesplatser byggde "
                "ett nätverk av boende, företagare och föreningar.",
                "A person who coordinated the local actors and created meeting places built a "
                "network of residents, businesses and associations.",
            ),
            phase=3,
            themes=["samarbeid", "sivilsamfunn"],
        ),
        challenge(
            t(
                "Vanskelig å engasjere forvaltningene",
                "Svårt att engagera förvaltningarna",
                "Hard to engage departments",
            ),
            t(
                "Det var vanskelig å få med seg kommunens ulike forvaltninger. Når en koordinator "
                "ble utnevnt, trodde mange at den personen skulle drive alt.",
                "Det var svårt att få engagemang inom olika kommunala förvaltningar. När en "
                "samordnare utsågs trodde många att den personen skulle driva allt.",
                "It was hard to engage the municipality's departments. Once a coordinator was "
                "appointed, many assumed that person would do everything.",
            ),
            phase=2,
            themes=["samarbeid"],
        ),
        challenge(
            t("Uklare oppdrag for etatene", "Otydliga myndighetsuppdrag", "Unclear mandates for agencies"),
            t(
                "De statlige etatenes oppdrag var uklare, og ledelsen sentralt ga ikke alltid "
                "lokale ansatte mandat til å delta.",
                "Myndigheternas uppdrag var otydliga, och den centrala ledningen gav inte alltid "
                "lokala tjänstemän mandat att delta.",
                "State agencies' mandates were unclear, and central management did not always "
                "give local staff a mandate to take part.",
            ),
            phase=2,
        ),
        challenge(
            t("Kunnskap som går tapt", "Kunskap som går förlorad", "Knowledge that gets lost"),
            t(
                "Uten systematisering risikerer man å miste kunnskapen og innsikten fra de "
                "lokale erfaringene og prosessene.",
                "Utan systematisering riskerar verksamheten att förlora kunskap och insikter "
                "från de lokala erfarenheterna och processerna.",
                "Without systematic work, knowledge and insight from local experience and "
                "processes may be lost.",
            ),
            phase=5,
        ),
        challenge(
            t("Å engasjere beboerne", "Att engagera boende", "Engaging residents"),
            t(
                "Å få med beboerne har tradisjonelt vært en stor utfordring. Flere kommuner "
                "startet lange prosesser der beboere dannet arbeidsgrupper rundt egne "
                "interesser.",
                "Att engagera boende har av tradition varit en stor utmaning. Flera kommuner "
                "startade längre processer där boende bildade arbetsgrupper kring sina egna "
                "intressen.",
                "Engaging residents has traditionally been a major challenge. Several "
                "municipalities began long processes in which residents formed working groups "
                "around their own interests.",
            ),
            phase=3,
            themes=["demokrati-og-medvirkning"],
        ),
        challenge(
            t("Mål som skiftet", "Mål som ändrades", "Shifting goals"),
            t(
                "Målene ble endret ved hver faseovergang, og pågående tiltak passet plutselig "
                "ikke lenger inn. Målområdene ble lett «siloer» med krav om raske, målbare "
                "resultater.",
                "Målen ändrades vid varje fasövergång, och pågående insatser passade plötsligt "
                "inte längre in. Målområdena blev lätt stuprör med krav på omedelbara, mätbara "
                "resultat.",
                "The goals changed at every phase transition, and ongoing measures suddenly no "
                "longer fitted. Goal areas easily became silos demanding quick, measurable "
                "results.",
            ),
            phase=2,
        ),
        challenge(
            t("Stigmatiserende begreper", "Stigmatiserande begrepp", "Stigmatising labels"),
            t(
                "Begreper som «utsatte bydeler» og «utenforskapsområder» stempler både området og "
                "beboerne, og mange beboere opplever dem som krenkende.",
                "Begrepp som utsatta stadsdelar och utanförskapsområden stigmatiserar både "
                "området och de som bor där, och boende upplever dem som kränkande.",
                "Labels like 'vulnerable districts' and 'areas of exclusion' stigmatise both "
                "the area and its residents, and residents find them offensive.",
            ),
            phase=3,
            themes=["demokrati-og-medvirkning"],
        ),
        challenge(
            t(
                "Foreninger uten kompensasjon",
                "Föreningar utan ersättning",
                "Associations without compensation",
            ),
            t(
                "I noen kommuner holdt foreningene seg unna fordi de ikke fikk betalt for tiden de brukte.",
                "I några kommuner hindrades föreningarnas medverkan av att de inte fick "
                "ekonomisk ersättning.",
                "In some municipalities associations stayed away because they were not paid for their time.",
            ),
            phase=3,
            themes=["sivilsamfunn"],
        ),
        tip(
            t(
                "Lag en gjennomtenkt strategi",
                "Ha en genomtänkt strategi",
                "Have a well-thought-out strategy",
            ),
            t(
                "Strategien bør si hvordan arbeidet startes, hvilke behov som finnes, mål og "
                "avslutning, hva som skal evalueres og hvilke økonomiske rammer som gjelder – og "
                "metoden bør velges ut fra behovet.",
                "Strategin bör ange hur arbetet ska initieras, vilka behov som finns, målsättning "
                "och avslutning, vad som ska utvärderas och vilka ekonomiska förutsättningar som "
                "finns – och metoden ska väljas utifrån behovet.",
                "The strategy should say how the work starts, what the needs are, the goals and "
                "how it ends, what will be evaluated and what money is available – and the "
                "method should follow from the need.",
            ),
            phase=2,
            legal_bases=["plan-och-bygglagen"],
        ),
        tip(
            t("Se hele byen", "Se hela staden", "See the whole city"),
            t(
                "Ha fokus på bydelen, men husk at segregasjon er et spørsmål for hele kommunen. "
                "Relasjonene mellom bydelene må med.",
                "Ha stadsdelsfokus, men kom ihåg att segregationen är en fråga för hela "
                "kommunen. Relationerna mellan stadsdelarna måste uppmärksammas.",
                "Focus on the district, but remember segregation concerns the whole "
                "municipality. Relations between districts must be part of the picture.",
            ),
            phase=2,
            themes=["bolig-og-bymiljo"],
        ),
        tip(
            t("Riktig blanding av tiltak", "Rätt blandning av åtgärder", "The right mix of measures"),
            t(
                "Bare individrettede tiltak kan føre til at de som får det bedre flytter, mens "
                "bare fysiske tiltak kan gi gentrifisering. Bland dem, og knytt området til "
                "arbeid, utdanning og handel i regionen.",
                "Enbart individbaserade insatser kan leda till att de som får det bättre flyttar, "
                "medan enbart fysiska åtgärder kan ge gentrifiering. Blanda dem, och knyt området "
                "till arbete, utbildning och handel i regionen.",
                "Individual measures alone can mean those who do better move away, while "
                "physical measures alone can bring gentrification. Mix them, and connect the "
                "area to work, education and shopping in the region.",
            ),
            phase=4,
            themes=["bolig-og-bymiljo", "arbeid"],
            legal_bases=["plan-och-bygglagen"],
        ),
        tip(
            t("Sosiale klausuler", "Sociala klausuler", "Social clauses"),
            t(
                "Bruk beboernes engasjement som vei inn i arbeidslivet, for eksempel med sosiale "
                "klausuler når byggeprosjekter settes ut på anbud.",
                "Ta vara på de boendes engagemang som en väg in på arbetsmarknaden, till "
                "exempel genom sociala klausuler vid upphandling av entreprenader.",
                "Turn residents' commitment into a route into work, for example with social "
                "clauses when building contracts are put out to tender.",
            ),
            phase=4,
            themes=["arbeid", "naering-og-vekst"],
        ),
        tip(
            t("Evaluer underveis", "Utvärdera under arbetets gång", "Evaluate along the way"),
            t(
                "Växjö fikk gjennomført en følgeevaluering som analyserte styrker og svakheter og "
                "foreslo tiltak. Arbeidet ble mer fokusert, avgrenset og tydelig.",
                "Växjö lät genomföra en processutvärdering som analyserade styrkor och svagheter "
                "och föreslog insatser. Arbetet blev mer fokuserat, avgränsat och tydligt.",
                "Växjö commissioned a process evaluation that analysed strengths and "
                "weaknesses and proposed measures. The work became more focused, bounded and "
                "clear.",
            ),
            phase=5,
        ),
        tip(
            t(
                "Fysisk fornyelse med bred deltakelse",
                "Fysisk förnyelse med bred delaktighet",
                "Physical renewal with broad participation",
            ),
            t(
                "I Malmø ble fornyelsesprogrammer laget med bred deltakelse, slik at lokal "
                "kunnskap om behovene kom inn og planene ble forankret hos beboerne og dem som "
                "arbeider i området.",
                "I Malmö togs förnyelseprogram fram med bred delaktighet, så att lokal kunskap om "
                "behoven kom in och planerna förankrades hos boende och verksamma i området.",
                "In Malmö renewal programmes were drawn up with broad participation, bringing "
                "in local knowledge of needs and anchoring the plans with residents and those "
                "working in the area.",
            ),
            phase=3,
            themes=["bolig-og-bymiljo", "demokrati-og-medvirkning"],
            legal_bases=["plan-och-bygglagen"],
        ),
    ],
}

INITIATIVES = [MALMO, ALLMANNYTTAN, GRORUDDALEN, LOCAL_DEVELOPMENT_AGREEMENTS]
