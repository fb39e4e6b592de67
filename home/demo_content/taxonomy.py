"""Themes, legal bases and municipalities: the shared vocabulary of the demo content."""

from .text import same, t

THEMES = [
    {
        "slug": "arbeid",
        "name": t("Arbeid", "Arbete", "Work"),
        "description": t(
            "Veier inn i arbeid for beboere som står utenfor: kvalifisering, praksisplasser, "
            "sosiale klausuler og samarbeid med lokale arbeidsgivere.",
            "Vägar till arbete för boende som står utanför: kvalificering, praktikplatser, "
            "sociala klausuler och samarbete med lokala arbetsgivare.",
            "Routes into work for residents who are outside the labour market: training, work "
            "placements, social clauses and cooperation with local employers.",
        ),
    },
    {
        "slug": "utdanning",
        "name": t("Utdanning", "Utbildning", "Education"),
        "description": t(
            "Skoler som elever søker seg til, bedre skoleresultater og motivasjon, og opplæring for voksne.",
            "Skolor som elever söker sig till, bättre skolresultat och motivation, och utbildning för vuxna.",
            "Schools that pupils choose to attend, better results and motivation at school, "
            "and learning for adults.",
        ),
    },
    {
        "slug": "trygghet",
        "name": t("Trygghet", "Trygghet", "Safety"),
        "description": t(
            "Et nærmiljø der folk føler seg trygge: forebygging av kriminalitet, belysning, "
            "møteplasser og samarbeid med politiet.",
            "En närmiljö där människor känner sig trygga: brottsförebyggande arbete, "
            "belysning, mötesplatser och samverkan med polisen.",
            "A neighbourhood where people feel safe: crime prevention, lighting, meeting "
            "places and cooperation with the police.",
        ),
    },
    {
        "slug": "naering-og-vekst",
        "name": t(
            "Lokalt næringsliv og vekst", "Lokalt näringsliv och tillväxt", "Local business and growth"
        ),
        "description": t(
            "Gründere, lokale bedrifter, sosialt entreprenørskap og et innovasjonsklima som "
            "får virksomheter til å etablere seg i området.",
            "Entreprenörer, lokala företag, socialt företagande och ett innovationsklimat som "
            "får verksamheter att etablera sig i området.",
            "Entrepreneurs, local firms, social enterprise and a climate for innovation that "
            "makes businesses choose to settle in the area.",
        ),
    },
    {
        "slug": "folkehelse",
        "name": t("Folkehelse", "Folkhälsa", "Public health"),
        "description": t(
            "Bedre helse og trivsel for hele befolkningen og mindre sosiale helseforskjeller, "
            "slik folkehelseloven krever.",
            "Bättre hälsa och välbefinnande för hela befolkningen och mindre sociala skillnader i hälsa.",
            "Better health and well-being for everyone and smaller social inequalities in health.",
        ),
    },
    {
        "slug": "demokrati-og-medvirkning",
        "name": t("Demokrati og medvirkning", "Demokrati och delaktighet", "Democracy and participation"),
        "description": t(
            "Beboerne får innflytelse over utviklingen av sitt eget nærmiljø, og flere deltar "
            "i lokaldemokratiet.",
            "De boende får inflytande över utvecklingen av sin egen närmiljö, och fler deltar "
            "i den lokala demokratin.",
            "Residents gain influence over how their own neighbourhood develops, and more "
            "people take part in local democracy.",
        ),
    },
    {
        "slug": "bolig-og-bymiljo",
        "name": t("Bolig og bymiljø", "Boende och stadsmiljö", "Housing and urban environment"),
        "description": t(
            "Gode boliger, parker, gater og forbindelser som knytter området til resten av "
            "byen – det fysiske skjelettet for den sosiale utviklingen.",
            "Bra bostäder, parker, gator och förbindelser som knyter området till resten av "
            "staden – det fysiska skelettet för den sociala utvecklingen.",
            "Good homes, parks, streets and links that tie the area to the rest of the city – "
            "the physical skeleton for social development.",
        ),
    },
    {
        "slug": "barn-og-unge",
        "name": t("Barn og unge", "Barn och unga", "Children and young people"),
        "description": t(
            "Gode oppvekstvilkår, fritidstilbud, sommerjobber og unge som selv driver aktiviteter.",
            "Goda uppväxtvillkor, fritidsaktiviteter, sommarjobb och unga som själva driver verksamhet.",
            "Good conditions for growing up, leisure activities, summer jobs and young people "
            "running activities themselves.",
        ),
    },
    {
        "slug": "samarbeid",
        "name": t("Partnerskap og samarbeid", "Partnerskap och samverkan", "Partnership"),
        "description": t(
            "Kommunen, staten, boligselskaper, næringsliv og organisasjoner som arbeider mot "
            "et felles mål – og på tvers av sektorer i kommunen.",
            "Kommunen, staten, bostadsbolag, näringsliv och föreningar som arbetar mot ett "
            "gemensamt mål – och över sektorsgränserna i kommunen.",
            "The municipality, the state, housing companies, business and organisations "
            "working towards one goal – and across the sectors of the municipality.",
        ),
    },
    {
        "slug": "sivilsamfunn",
        "name": t("Sivilsamfunn og frivillighet", "Civilsamhälle", "Civil society"),
        "description": t(
            "Foreninger, trossamfunn, studieforbund og frivillige som bygger fellesskap og "
            "sosial kapital i området.",
            "Föreningar, trossamfund, studieförbund och ideella krafter som bygger gemenskap "
            "och socialt kapital i området.",
            "Associations, faith communities, adult-education bodies and volunteers who build "
            "community and social capital in the area.",
        ),
    },
    {
        "slug": "kultur-og-fritid",
        "name": t("Kultur og fritid", "Kultur och fritid", "Culture and leisure"),
        "description": t(
            "Kultur- og fritidstilbud av så god kvalitet at folk fra hele byen kommer for å delta.",
            "Kultur- och fritidsverksamhet av så hög kvalitet att människor från hela staden "
            "kommer för att delta.",
            "Culture and leisure activities so good that people from all over the city come to take part.",
        ),
    },
    {
        "slug": "tjenesteutvikling",
        "name": t("Tjenesteutvikling", "Serviceutveckling", "Service development"),
        "description": t(
            "Offentlige tjenester som når dem de er ment for: åpne, lett tilgjengelige og "
            "tilpasset befolkningen i området.",
            "Offentlig service som når dem den är avsedd för: öppen, lättillgänglig och "
            "anpassad till befolkningen i området.",
            "Public services that reach the people they are meant for: open, easy to use and "
            "fitted to the people of the area.",
        ),
    },
]


def _section(label, title, text):
    return {"label": label, "title": title, "text": text}


LEGAL_BASES = [
    {
        "slug": "folkehelseloven",
        "name": t("Folkehelseloven", "Folkehelseloven (norska folkhälsolagen)", "Public Health Act (Norway)"),
        "short_name": "FHL",
        "country": "NO",
        "official_reference": "LOV-2011-06-24-29",
        "url": "https://lovdata.no/dokument/NL/lov/2011-06-24-29",
        "purpose": t(
            "Loven skal bidra til en samfunnsutvikling som fremmer folkehelse og jevner ut "
            "sosiale helseforskjeller. Den gjør folkehelse til et ansvar for hele kommunen, "
            "ikke bare for helsetjenesten: planlegging, skole, bolig, samferdsel og kultur "
            "skal alle bidra. For en områdesatsing gir loven både et mandat og et verktøy: "
            "kommunen skal kjenne helsetilstanden og det som påvirker den, og bruke denne "
            "kunnskapen når den setter mål og velger tiltak.",
            "Lagen ska bidra till en samhällsutveckling som främjar folkhälsan och jämnar ut "
            "sociala skillnader i hälsa. Den gör folkhälsa till ett ansvar för hela kommunen, "
            "inte bara för hälso- och sjukvården: planering, skola, boende, trafik och kultur "
            "ska alla bidra. För en norsk områdessatsning ger lagen både ett mandat och ett "
            "verktyg: kommunen ska känna till hälsoläget och vad som påverkar det, och använda "
            "den kunskapen när den sätter mål och väljer åtgärder.",
            "The Act aims at a development of society that promotes public health and evens "
            "out social inequalities in health. It makes public health the task of the whole "
            "municipality, not only of the health services: planning, schools, housing, "
            "transport and culture all have a part. For an area-based initiative in Norway "
            "it is both a mandate and a tool: the municipality must know the state of health "
            "and what shapes it, and use that knowledge when it sets goals and chooses "
            "measures.",
        ),
        "key_sections": [
            _section(
                "§ 1",
                t("Formål", "Syfte", "Purpose"),
                t(
                    "Loven skal bidra til en samfunnsutvikling som fremmer folkehelse, også ved "
                    "å utjevne sosiale helseforskjeller.",
                    "Lagen ska bidra till en samhällsutveckling som främjar folkhälsan, bland "
                    "annat genom att jämna ut sociala skillnader i hälsa.",
                    "The Act is to contribute to a development of society that promotes public "
                    "health, including by evening out social inequalities in health.",
                ),
            ),
            _section(
                "§ 4",
                t(
                    "Kommunens ansvar for folkehelsearbeid",
                    "Kommunens ansvar för folkhälsoarbetet",
                    "The municipality's responsibility for public health",
                ),
                t(
                    "Kommunen skal fremme helse og trivsel og gode sosiale og miljømessige "
                    "forhold gjennom alle sine oppgaver – lokal utvikling og planlegging, "
                    "forvaltning og tjenester. Den skal medvirke til at andre myndigheter og "
                    "virksomheter tar helsehensyn, gjennom råd, uttalelser, samarbeid og "
                    "deltakelse i planlegging, og legge til rette for samarbeid med frivillig "
                    "sektor.",
                    "Kommunen ska främja hälsa och välbefinnande och goda sociala och "
                    "miljömässiga förhållanden genom alla sina uppgifter – lokal utveckling och "
                    "planering, förvaltning och service. Den ska verka för att andra myndigheter "
                    "och verksamheter tar hälsohänsyn, genom råd, yttranden, samarbete och "
                    "deltagande i planering, och underlätta samarbete med den ideella sektorn.",
                    "The municipality must promote health, well-being and good social and "
                    "environmental conditions through all its tasks – local development and "
                    "planning, administration and services. It must help other authorities and "
                    "bodies take health into account, through advice, statements, cooperation "
                    "and taking part in planning, and make room for cooperation with the "
                    "voluntary sector.",
                ),
            ),
            _section(
                "§ 5",
                t(
                    "Oversikt over helsetilstand og påvirkningsfaktorer",
                    "Översikt över hälsoläget och påverkansfaktorer",
                    "Overview of health and its determinants",
                ),
                t(
                    "Kommunen skal ha oversikt over helsetilstanden i befolkningen og over de "
                    "positive og negative faktorene som kan virke inn på den. Oversikten er et "
                    "naturlig utgangspunkt for kunnskapsgrunnlaget i en områdesatsing.",
                    "Kommunen ska ha en översikt över befolkningens hälsoläge och över de "
                    "positiva och negativa faktorer som kan påverka det. Översikten är en "
                    "naturlig utgångspunkt för kunskapsunderlaget i en områdessatsning.",
                    "The municipality must keep an overview of the health of its population and "
                    "of the positive and negative factors that can affect it. That overview is a "
                    "natural starting point for the knowledge base of an area initiative.",
                ),
            ),
            _section(
                "§ 6",
                t("Mål og planlegging", "Mål och planering", "Goals and planning"),
                t(
                    "Oversikten etter § 5 skal ligge til grunn for kommunens planstrategi, og "
                    "kommunen skal fastsette mål og strategier for folkehelsearbeidet i planene "
                    "sine etter plan- og bygningsloven.",
                    "Översikten enligt § 5 ska ligga till grund för kommunens planstrategi, och "
                    "kommunen ska fastställa mål och strategier för folkhälsoarbetet i sina "
                    "planer enligt den norska plan- och bygglagen.",
                    "The overview under § 5 must underpin the municipality's planning strategy, "
                    "and the municipality must set goals and strategies for public health in its "
                    "plans under the Planning and Building Act.",
                ),
            ),
            _section(
                "§ 7",
                t("Folkehelsetiltak", "Folkhälsoåtgärder", "Public health measures"),
                t(
                    "Kommunen skal sette i verk tiltak som møter de folkehelseutfordringene den "
                    "har funnet, for eksempel knyttet til oppvekst og levekår som bolig, "
                    "utdanning, arbeid og inntekt, og til fysiske og sosiale miljøer.",
                    "Kommunen ska vidta åtgärder som möter de folkhälsoutmaningar den har "
                    "identifierat, till exempel när det gäller uppväxt och levnadsvillkor som "
                    "boende, utbildning, arbete och inkomst, och fysiska och sociala miljöer.",
                    "The municipality must take measures that meet the public health challenges "
                    "it has found, for instance in childhood and living conditions such as "
                    "housing, education, work and income, and in physical and social "
                    "environments.",
                ),
            ),
        ],
    },
    {
        "slug": "sosialtjenesteloven",
        "name": t(
            "Sosialtjenesteloven",
            "Sosialtjenesteloven (norska socialtjänstlagen)",
            "Social Services Act (Norway)",
        ),
        "short_name": "sotjl",  # Lovdata's official short form
        "country": "NO",
        "official_reference": "LOV-2009-12-18-131",
        "url": "https://lovdata.no/dokument/NL/lov/2009-12-18-131",
        "purpose": t(
            "Lov om sosiale tjenester i arbeids- og velferdsforvaltningen (NAV) skal bedre "
            "levekårene for vanskeligstilte, gi sosial og økonomisk trygghet, gjøre det mulig "
            "å leve og bo selvstendig, og fremme overgang til arbeid, sosial inkludering og "
            "aktiv deltakelse i samfunnet. Utsatte barn og unge og familiene deres skal få et "
            "helhetlig og samordnet tilbud. I en områdesatsing er NAV-kontoret en sentral "
            "partner for arbeid, kvalifisering og forebygging.",
            "Den norska lagen om sociala tjänster inom arbets- och välfärdsförvaltningen (NAV) "
            "ska förbättra levnadsvillkoren för utsatta, ge social och ekonomisk trygghet, göra "
            "det möjligt att leva och bo självständigt, och främja övergång till arbete, social "
            "inkludering och aktivt deltagande i samhället. Utsatta barn och unga och deras "
            "familjer ska få ett helhetligt och samordnat stöd. I en områdessatsning är "
            "NAV-kontoret en central partner för arbete, kvalificering och förebyggande arbete.",
            "The Act on social services in the Labour and Welfare Administration (NAV) aims to "
            "improve living conditions for people in difficulty, provide social and economic "
            "security, make it possible to live independently, and promote the move into work, "
            "social inclusion and active participation in society. Vulnerable children and "
            "young people and their families are to receive coordinated help. In an area "
            "initiative the local NAV office is a key partner for work, training and "
            "prevention.",
        ),
        "key_sections": [
            _section(
                "§ 1",
                t("Lovens formål", "Lagens syfte", "Purpose of the Act"),
                t(
                    "Bedre levekårene for vanskeligstilte, bidra til sosial og økonomisk "
                    "trygghet og fremme arbeid, sosial inkludering og aktiv deltakelse.",
                    "Förbättra levnadsvillkoren för utsatta, bidra till social och ekonomisk "
                    "trygghet och främja arbete, social inkludering och aktivt deltagande.",
                    "Improve living conditions for people in difficulty, contribute to social "
                    "and economic security and promote work, social inclusion and active "
                    "participation.",
                ),
            ),
            _section(
                "§ 12",
                t("Kjennskap til levekår", "Kännedom om levnadsvillkor", "Knowing living conditions"),
                t(
                    "Kommunen skal gjøre seg kjent med innbyggernes levekår, følge med på "
                    "utviklingstrekk som kan skape eller opprettholde sosiale problemer, og søke "
                    "tiltak som kan forebygge dem.",
                    "Kommunen ska sätta sig in i invånarnas levnadsvillkor, följa "
                    "utvecklingsdrag som kan skapa eller vidmakthålla sociala problem, och söka "
                    "åtgärder som kan förebygga dem.",
                    "The municipality must acquaint itself with residents' living conditions, "
                    "watch for trends that can create or sustain social problems, and look for "
                    "measures that prevent them.",
                ),
            ),
            _section(
                "§ 13",
                t(
                    "Samarbeid med andre deler av forvaltningen",
                    "Samarbete med andra delar av förvaltningen",
                    "Cooperation with other parts of the administration",
                ),
                t(
                    "NAV-kontoret skal medvirke til at sosiale hensyn blir ivaretatt av andre "
                    "offentlige organer, og samarbeide med andre deler av forvaltningen når det "
                    "kan bidra til å løse oppgavene.",
                    "NAV-kontoret ska verka för att sociala hänsyn tas av andra offentliga "
                    "organ, och samarbeta med andra delar av förvaltningen när det kan bidra "
                    "till att lösa uppgifterna.",
                    "The NAV office must help other public bodies take social concerns into "
                    "account and cooperate with other parts of the administration when that "
                    "helps solve its tasks.",
                ),
            ),
            _section(
                "§ 17",
                t(
                    "Opplysning, råd og veiledning",
                    "Upplysning, råd och vägledning",
                    "Information, advice and guidance",
                ),
                t(
                    "Kommunen skal gi opplysning, råd og veiledning som kan løse eller forebygge "
                    "sosiale problemer.",
                    "Kommunen ska ge upplysning, råd och vägledning som kan lösa eller förebygga "
                    "sociala problem.",
                    "The municipality must give information, advice and guidance that can solve "
                    "or prevent social problems.",
                ),
            ),
        ],
    },
    {
        "slug": "plan-og-bygningsloven",
        "name": t(
            "Plan- og bygningsloven",
            "Plan- og bygningsloven (norska plan- och bygglagen)",
            "Planning and Building Act (Norway)",
        ),
        "short_name": "PBL",
        "country": "NO",
        "official_reference": "LOV-2008-06-27-71",
        "url": "https://lovdata.no/dokument/NL/lov/2008-06-27-71",
        "purpose": t(
            "Loven skal fremme bærekraftig utvikling til beste for den enkelte, samfunnet og "
            "framtidige generasjoner. Planlegging og vedtak skal være åpne og forutsigbare og "
            "sikre medvirkning for alle berørte. Universell utforming, barn og unges "
            "oppvekstvilkår og estetisk utforming av omgivelsene skal ivaretas. I en "
            "områdesatsing er loven rammen for både de fysiske grepene og for medvirkningen "
            "fra beboerne.",
            "Den norska lagen ska främja en hållbar utveckling till nytta för den enskilde, "
            "samhället och kommande generationer. Planering och beslut ska vara öppna och "
            "förutsägbara och säkra delaktighet för alla berörda. Universell utformning, barns "
            "och ungas uppväxtvillkor och omgivningens estetiska utformning ska beaktas. I en "
            "områdessatsning är lagen ramen både för de fysiska insatserna och för de boendes "
            "medverkan.",
            "The Act is to promote sustainable development for the good of individuals, "
            "society and future generations. Planning and decisions must be open and "
            "predictable and ensure that everyone affected can take part. Universal design, "
            "the conditions in which children grow up and the aesthetic quality of "
            "surroundings must be looked after. In an area initiative the Act frames both the "
            "physical changes and residents' participation.",
        ),
        "key_sections": [
            _section(
                "§ 1-1",
                t("Lovens formål", "Lagens syfte", "Purpose of the Act"),
                t(
                    "Bærekraftig utvikling, åpenhet, forutsigbarhet og medvirkning for alle "
                    "berørte interesser; universell utforming og barn og unges oppvekstvilkår.",
                    "Hållbar utveckling, öppenhet, förutsägbarhet och delaktighet för alla "
                    "berörda intressen; universell utformning och barns och ungas "
                    "uppväxtvillkor.",
                    "Sustainable development, openness, predictability and participation for "
                    "everyone affected; universal design and the conditions children grow up in.",
                ),
            ),
            _section(
                "§ 3-1",
                t(
                    "Oppgaver og hensyn i planlegging",
                    "Uppgifter och hänsyn i planeringen",
                    "Tasks and concerns in planning",
                ),
                t(
                    "Planer skal blant annet fremme befolkningens helse, motvirke sosiale "
                    "helseforskjeller og ivareta gode bomiljøer og gode oppvekstvilkår.",
                    "Planer ska bland annat främja befolkningens hälsa, motverka sociala "
                    "skillnader i hälsa och värna goda boendemiljöer och uppväxtvillkor.",
                    "Plans must among other things promote the health of the population, "
                    "counteract social inequalities in health and secure good living "
                    "environments and conditions for growing up.",
                ),
            ),
            _section(
                "§ 5-1",
                t("Medvirkning", "Medverkan", "Participation"),
                t(
                    "Den som fremmer et planforslag skal legge til rette for medvirkning. "
                    "Kommunen skal sørge for aktiv medvirkning fra grupper som trenger særlig "
                    "tilrettelegging, også barn og unge.",
                    "Den som lägger fram ett planförslag ska ordna för medverkan. Kommunen ska "
                    "se till att grupper som behöver särskilt stöd kan medverka aktivt, även "
                    "barn och unga.",
                    "Whoever puts forward a plan must arrange for participation. The "
                    "municipality must make sure that groups needing special arrangements, "
                    "including children and young people, can take an active part.",
                ),
            ),
            _section(
                "§ 10-1",
                t("Kommunal planstrategi", "Kommunal planstrategi", "Municipal planning strategy"),
                t(
                    "Kommunestyret vedtar en planstrategi minst én gang i hver valgperiode; den "
                    "skal bygge på blant annet folkehelseoversikten.",
                    "Kommunfullmäktige antar en planstrategi minst en gång per mandatperiod; "
                    "den ska bland annat bygga på folkhälsoöversikten.",
                    "The municipal council adopts a planning strategy at least once every "
                    "electoral term; it builds among other things on the public health "
                    "overview.",
                ),
            ),
        ],
    },
    {
        "slug": "plan-och-bygglagen",
        "name": t(
            "Plan- och bygglagen (svensk lov)", "Plan- och bygglagen", "Planning and Building Act (Sweden)"
        ),
        "short_name": "PBL",
        "country": "SE",
        "official_reference": "SFS 2010:900",
        "url": "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/"
        "plan-och-bygglag-2010900_sfs-2010-900/",
        "purpose": t(
            "Den svenske loven om planlegging og bygging skal fremme en samfunnsutvikling med "
            "likeverdige og gode sosiale levekår og et godt og bærekraftig livsmiljø, både for "
            "dagens og kommende generasjoner. Kommunen har planmonopolet: oversiktsplanen "
            "viser retningen for hele kommunen, detaljplanen bestemmer hva som kan bygges. "
            "Samråd med innbyggerne er obligatorisk.",
            "Lagen ska främja en samhällsutveckling med jämlika och goda sociala "
            "levnadsförhållanden och en god och långsiktigt hållbar livsmiljö, för dagens och "
            "kommande generationer. Kommunen har planmonopolet: översiktsplanen visar "
            "inriktningen för hela kommunen, detaljplanen bestämmer vad som får byggas. Samråd "
            "med invånarna är obligatoriskt.",
            "Sweden's Planning and Building Act aims at a development of society with equal "
            "and good social living conditions and a good, sustainable living environment for "
            "today's and future generations. The municipality holds the planning monopoly: the "
            "comprehensive plan sets the direction for the whole municipality, the detailed "
            "plan decides what may be built. Consultation with residents is mandatory.",
        ),
        "key_sections": [
            _section(
                "1 kap. 1 §",
                t("Lovens formål", "Lagens syfte", "Purpose of the Act"),
                t(
                    "Likeverdige og gode sosiale levekår og et godt og langsiktig bærekraftig livsmiljø.",
                    "Jämlika och goda sociala levnadsförhållanden och en god och långsiktigt "
                    "hållbar livsmiljö.",
                    "Equal and good social living conditions and a good environment to live in, "
                    "sustainable in the long run.",
                ),
            ),
            _section(
                "2 kap. 3 §",
                t("Planleggingens mål", "Planläggningens mål", "Aims of planning"),
                t(
                    "Planleggingen skal blant annet fremme et sosialt godt livsmiljø som er "
                    "tilgjengelig og brukbart for alle grupper i samfunnet.",
                    "Planläggningen ska bland annat främja en från social synpunkt god "
                    "livsmiljö som är tillgänglig och användbar för alla samhällsgrupper.",
                    "Planning must among other things promote a socially good living "
                    "environment that is accessible and usable for every group in society.",
                ),
            ),
            _section(
                "3 kap.",
                t("Oversiktsplan", "Översiktsplan", "Comprehensive plan"),
                t(
                    "Hver kommune skal ha en aktuell oversiktsplan som omfatter hele kommunen og "
                    "viser hvordan arealene skal brukes og utvikles.",
                    "Varje kommun ska ha en aktuell översiktsplan som omfattar hela kommunen och "
                    "visar hur mark och vatten ska användas och utvecklas.",
                    "Every municipality must have an up-to-date comprehensive plan that covers "
                    "the whole municipality and shows how land and water are to be used and "
                    "developed.",
                ),
            ),
            _section(
                "5 kap.",
                t("Detaljplan og samråd", "Detaljplan och samråd", "Detailed plan and consultation"),
                t(
                    "Detaljplaner utarbeides med samråd, der berørte innbyggere, foreninger og "
                    "myndigheter får gi synspunkter før planen vedtas.",
                    "Detaljplaner tas fram med samråd, där berörda invånare, föreningar och "
                    "myndigheter får lämna synpunkter innan planen antas.",
                    "Detailed plans are drawn up with consultation, in which residents, "
                    "associations and authorities affected can comment before the plan is "
                    "adopted.",
                ),
            ),
        ],
    },
    {
        "slug": "socialtjanstlagen",
        "name": t("Socialtjänstlagen (svensk lov)", "Socialtjänstlagen", "Social Services Act (Sweden)"),
        "short_name": "SoL",
        "country": "SE",
        "official_reference": "SFS 2001:453",
        "url": "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/"
        "socialtjanstlag-2001453_sfs-2001-453/",
        "purpose": t(
            "Den svenske sosialtjenesteloven skal på demokratiens og solidaritetens grunnlag "
            "fremme økonomisk og sosial trygghet, likhet i levekår og aktiv deltakelse i "
            "samfunnslivet. Sosialnemnda skal kjenne levekårene i kommunen, medvirke i "
            "samfunnsplanleggingen og sammen med andre fremme gode miljøer. De svenske "
            "eksemplene i portalen (2008–2019) ble gjennomført under loven fra 2001; den ble i "
            "2025 avløst av en ny socialtjänstlag (SFS 2025:400) med større vekt på "
            "forebygging.",
            "Lagen ska på demokratins och solidaritetens grund främja människornas ekonomiska "
            "och sociala trygghet, jämlikhet i levnadsvillkor och aktiva deltagande i "
            "samhällslivet. Socialnämnden ska känna till levnadsförhållandena i kommunen, "
            "medverka i samhällsplaneringen och tillsammans med andra främja goda miljöer. De "
            "svenska exemplen i portalen (2008–2019) genomfördes under 2001 års lag; den "
            "ersattes 2025 av en ny socialtjänstlag (SFS 2025:400) med större tonvikt på "
            "förebyggande arbete.",
            "Sweden's Social Services Act is to promote, on the basis of democracy and "
            "solidarity, people's economic and social security, equality in living "
            "conditions and active participation in society. The social welfare committee "
            "must know living conditions in the municipality, take part in community planning "
            "and promote good environments together with others. The Swedish examples in this "
            "portal (2008–2019) were carried out under the 2001 Act; in 2025 it was replaced "
            "by a new Social Services Act (SFS 2025:400) that puts more weight on prevention.",
        ),
        "key_sections": [
            _section(
                "1 kap. 1 §",
                t("Mål for sosialtjenesten", "Socialtjänstens mål", "Aims of the social services"),
                t(
                    "Økonomisk og sosial trygghet, likhet i levekår og aktiv deltakelse i "
                    "samfunnslivet, med respekt for den enkeltes selvbestemmelse.",
                    "Ekonomisk och social trygghet, jämlikhet i levnadsvillkor och aktivt "
                    "deltagande i samhällslivet, med respekt för den enskildes "
                    "självbestämmanderätt.",
                    "Economic and social security, equal living conditions and active "
                    "participation in society, respecting each person's right to decide for "
                    "themselves.",
                ),
            ),
            _section(
                "3 kap. 1 §",
                t(
                    "Sosialnemndas oppgaver",
                    "Socialnämndens uppgifter",
                    "Tasks of the social welfare committee",
                ),
                t(
                    "Nemnda skal kjenne levekårene i kommunen, medvirke i samfunnsplanleggingen "
                    "og i samarbeid med andre organer, organisasjoner, foreninger og enkeltpersoner "
                    "fremme gode miljøer.",
                    "Nämnden ska göra sig väl förtrogen med levnadsförhållandena i kommunen, "
                    "medverka i samhällsplaneringen och i samarbete med andra samhällsorgan, "
                    "organisationer, föreningar och enskilda främja goda miljöer.",
                    "The committee must know living conditions in the municipality well, take "
                    "part in community planning and, together with other bodies, organisations, "
                    "associations and individuals, promote good environments.",
                ),
            ),
            _section(
                "5 kap. 1 §",
                t("Barn og unge", "Barn och unga", "Children and young people"),
                t(
                    "Sosialnemnda skal arbeide for at barn og unge vokser opp under trygge og "
                    "gode forhold, og drive oppsøkende og forebyggende arbeid.",
                    "Socialnämnden ska verka för att barn och unga växer upp under trygga och "
                    "goda förhållanden, och bedriva uppsökande och förebyggande arbete.",
                    "The committee must work so that children and young people grow up in safe "
                    "and good conditions, and do outreach and preventive work.",
                ),
            ),
        ],
    },
]

MUNICIPALITIES = [
    {"slug": "malmo", "name": t("Malmø", "Malmö", "Malmö"), "country": "SE"},
    {"slug": "boden", "name": same("Boden"), "country": "SE"},
    {"slug": "norrkoping", "name": same("Norrköping"), "country": "SE"},
    {"slug": "goteborg", "name": t("Göteborg", "Göteborg", "Gothenburg"), "country": "SE"},
    {"slug": "sodertalje", "name": same("Södertälje"), "country": "SE"},
    {"slug": "vaxjo", "name": same("Växjö"), "country": "SE"},
    {"slug": "uppsala", "name": same("Uppsala"), "country": "SE"},
    {"slug": "oslo", "name": same("Oslo"), "country": "NO"},
    {"slug": "bergen", "name": same("Bergen"), "country": "NO"},
    {"slug": "trondheim", "name": same("Trondheim"), "country": "NO"},
    {"slug": "drammen", "name": same("Drammen"), "country": "NO"},
    {"slug": "fredrikstad", "name": same("Fredrikstad"), "country": "NO"},
    {"slug": "sarpsborg", "name": same("Sarpsborg"), "country": "NO"},
    {"slug": "asker", "name": same("Asker"), "country": "NO"},
    {"slug": "kobenhavn", "name": t("København", "Köpenhamn", "Copenhagen"), "country": "DK"},
    {"slug": "brondby", "name": same("Brøndby"), "country": "DK"},
]
