"""The front page text."""

from .text import t

HOME = {
    "intro": t(
        "En områdesatsing løfter et nabolag med dårlige levekår over flere år – sammen med "
        "beboerne, boligselskapene, staten og frivilligheten. Her finner du metoden fase for "
        "fase, eksempler fra Norge og Sverige, verktøy og lovene som gir rammene.",
        "En områdesinsats lyfter ett bostadsområde med svaga levnadsvillkor under flera år – "
        "tillsammans med de boende, bostadsbolagen, staten och civilsamhället. Här hittar du "
        "metoden fas för fas, exempel från Norge och Sverige, verktyg och de lagar som ger "
        "ramarna.",
        "An area initiative lifts a neighbourhood with poor living conditions over several "
        "years – together with residents, housing companies, the state and civil society. "
        "Here you will find the method phase by phase, examples from Norway and Sweden, tools, "
        "and the laws that set the framework.",
    ),
    "body": t(
        "<p>Helse, utdanning, arbeid og trygghet er ujevnt fordelt i byene våre. I noen "
        "nabolag hoper utfordringene seg opp og forsterker hverandre. En områdesatsing svarer "
        "med en samlet innsats på ett sted i stedet for små tiltak overalt: fysiske grep som "
        "knytter området til resten av byen, og sosiale investeringer som styrker folks egen "
        "kraft.</p>"
        "<p>Erfaringene fra Groruddalen i Oslo, fra Malmø og fra de svenske boligselskapenes "
        "innovasjonslaboratorier peker i samme retning: start med kunnskap, ta utgangspunkt i "
        "beboerne, arbeid i partnerskap, og planlegg fra første dag for at det som virker skal "
        "leve videre.</p>",
        "<p>Hälsa, utbildning, arbete och trygghet är ojämnt fördelade i våra städer. I vissa "
        "bostadsområden hopar sig utmaningarna och förstärker varandra. En områdesinsats svarar "
        "med en samlad insats på en plats i stället för små åtgärder överallt: fysiska "
        "förändringar som knyter området till resten av staden, och sociala investeringar som "
        "stärker människors egen kraft.</p>"
        "<p>Erfarenheterna från Groruddalen i Oslo, från Malmö och från allmännyttans "
        "innovationslabb pekar åt samma håll: börja med kunskap, utgå från de boende, arbeta i "
        "partnerskap och planera från första dagen för att det som fungerar ska leva "
        "vidare.</p>",
        "<p>Health, education, work and safety are unevenly spread across our cities. In some "
        "neighbourhoods the problems pile up and reinforce each other. An area initiative "
        "answers with a concentrated effort in one place instead of small measures "
        "everywhere: physical changes that tie the area to the rest of the city, and social "
        "investment that builds people's own strength.</p>"
        "<p>The experience of Groruddalen in Oslo, of Malmö and of the Swedish municipal "
        "housing companies' innovation labs points the same way: start with knowledge, start "
        "from the residents, work in partnership, and plan from day one for what works to "
        "live on.</p>",
    ),
    "featured_initiatives": ["groruddalen", "malmo", "allmannyttan"],
}
