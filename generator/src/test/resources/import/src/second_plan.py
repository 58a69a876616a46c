"""A second plan, for "medewerker klantendienst", in the seed's layout and style.

Against the seed (medewerker callcenter) it has:
- the same title and the same skills and actions, text for text: "De klant wegwijs maken en de oproep naar
  de gepaste gesprekspartner doorschakelen (...)" and "Binnenkomende oproepen behandelen (Inbound) : ...";
- the same title with other skills and actions (a conflict): "Digitale opvolgingsdocumenten van de oproep
  invullen";
- a title one letter away from a seed title (a near match): "De klant informeren over de kenmerken van de
  produkten en adviseren bij de keuze" (seed: "producten"), with three of the seed's skills;
- three new competencies (B.), one with a bullet list;
- key skills: "Kunnen omgaan met stress" and "Flexibel zijn" as in the seed (title and description),
  "Communicatief zijn" with another description, "Klantgericht zijn" and "Nauwkeurig werken" new.
"""

EN = "\u2002" * 5


def _seed_comp(sections, prefix):
    return [it for _, items in sections for it in items if it[0] == "comp" and it[1].startswith(prefix)][0]


def _rows(*rows):
    """rows of (skill, [action paragraphs]) -> the seed's row format, with the header row first."""
    out = [[["Onderliggende kennis en vaardigheden"], ["Opleidingsacties"], ["Voorziene einddatum"],
            ["Afgewerkt op"]]]
    for skill, actions in rows:
        paras = []
        for a in actions:
            if paras:
                paras.append("")
            paras.append(a)
        out.append([[skill], paras, [""], [""]])
    return out


def second_plan(seed_sections, cell):
    """Returns (head blocks, sections) like make_sources.parse_seed; cell is make_sources.cell."""
    head = [
        ("p", "Standard", " \tCursist(e): " + EN),
        ("p", "Standard", "Contractnummer:"),
        ("p", "Standard", "\tBedrijf: " + EN),
        ("p", "Standard", "Contactpersoon: " + EN),
        ("p", "Standard", ""),
        ("p", "Standard", ""),
        ("p", "Beroep", "Beroep: medewerker klantendienst   "),
    ] + [("p", "Standard", "")] * 6 + [
        ("p", "Standard", "Indicatieve duurtijd:"),
        ("p", "Standard", "Je bent het aanspreekpunt voor klanten die met vragen, problemen of klachten bij de "
                          "onderneming terechtkomen: telefonisch, per e-mail, via chat of aan de balie."),
        ("p", "Standard", "Je beantwoordt vragen over producten, diensten, leveringen en facturen, je "
                          "registreert klachten en volgt ze op tot er een oplossing is.\u00a0"),
        ("p", "Standard", "Je werkt nauw samen met de verkoopsafdeling, de logistieke dienst en de boekhouding "
                          "om de klant correct en tijdig te informeren. Je behandelt retours en "
                          "terugbetalingen volgens de procedures van de onderneming en je houd het "
                          "klantendossier nauwkeurig bij."),
        ("p", "Standard", "Werken in een klantendienst vraagt geduld, zin voor nauwkeurigheid en een "
                          "klantgerichte houding. Werken in shiften of op zaterdag is mogelijk.."),
    ]

    wegwijs = _seed_comp(seed_sections, "De klant wegwijs maken")
    inbound = _seed_comp(seed_sections, "Binnenkomende oproepen behandelen")
    informeren = _seed_comp(seed_sections, "De klant informeren")
    near = ("comp", informeren[1].replace("producten", "produkten"),
            [informeren[2][0]] + [r for r in informeren[2][1:]
                                  if r[0][0] in ("Zoekt informatie op in ter beschikking gestelde informatiebronnen",
                                                 "Informeert over verkoopsvoorwaarden",
                                                 "Kennis van principes van klantvriendelijkheid")])
    conflict = ("comp", "Digitale opvolgingsdocumenten van de oproep invullen", _rows(
        ("Gebruikt software voor klantenbeheer (CRM) en registreert elk klantencontact",
         ["Het CRM-pakket van de onderneming demonstreren: klantenfiche opzoeken, contact registreren, "
          "opvolgtaak aanmaken.",
          "De cursist een aantal klantencontacten laten registreren onder begeleiding van een ervaren collega "
          "en de registraties samen nakijken.",
          "Wijzen op het belang van volledige en correcte registraties voor collega’s die het dossier later "
          "opvolgen."]),
        ("Typt foutloos en formuleert het resultaat van het contact",
         ["Afspraken maken over de manier waarop het resultaat van het contact in het dossier genoteerd wordt "
          "(korte, zakelijke zinnen, geen afkortingen).",
          "Voorbeelden van goede en minder goede notities samen met de cursist bespreken."]),
    ))

    klachten_rows = _rows(
        ("Registreert de klacht volledig en correct in het klachtenregister",
         ["De klachtenprocedure van de onderneming toelichten: welke gegevens genoteerd worden, wie beslist "
          "over een compensatie en binnen welke termijn de klant een antwoord krijgt.",
          "Samen met de cursist enkele klachten uit het verleden doornemen en bespreken hoe ze afgehandeld "
          "werden."]),
        ("Blijft rustig en klantvriendelijk bij een ontevreden of boze klant",
         ["Tips meegeven om een boze klant te kalmeren :"]),
        ("Volgt de klacht op tot ze afgesloten is en informeert de klant",
         ["Tonen hoe openstaande klachten in het systeem opgevolgd worden en hoe de cursist een herinnering "
          "instelt.",
          "De cursist wijzen op het belang om de klant op de hoogte te houden, ook wanneer er nog geen "
          "oplossing is."]),
    )
    # The bullet list in the second skill's actions: items are marked with a leading NUL for cell().
    klachten_list = ["De klant laten uitpraten en niet onderbreken",
                     "Begrip tonen voor de situatie zonder schuld te bekennen",
                     "Samenvatten wat de klant gezegd heeft",
                     "Een concrete volgende stap voorstellen en afspreken wanneer de klant iets hoort"]
    klachten_rows[2][1] += [""] + ["\x00" + x for x in klachten_list] + [
        "", "Moeilijke gesprekken inoefenen in rollenspelen met de begeleider."]

    schriftelijk = ("comp", "Schriftelijke vragen van klanten beantwoorden (e-mail, chat, sociale media)", _rows(
        ("Beantwoordt e-mails volgens de huisstijl en de standaardteksten van de onderneming",
         ["De standaardteksten en de huisstijl van de onderneming overlopen en toelichten wanneer een "
          "standaardtekst moet aangepast worden aan de vraag van de klant.",
          "De eerste antwoorden van de cursist nalezen en feedback geven op inhoud, toon en spelling."]),
        ("Voert een chatgesprek met meerdere klanten tegelijk",
         ["De cursist eerst laten meekijken bij een collega die chatgesprekken voert, daarna zelf één "
          "chatgesprek laten voeren en het aantal gelijktijdige gesprekken geleidelijk aan opvoeren."]),
        ("Reageert op vragen en opmerkingen via sociale media",
         ["De richtlijnen van de onderneming voor communicatie via sociale media toelichten: wat mag publiek "
          "beantwoord worden, wanneer wordt het gesprek verder gezet via een privébericht."]),
    ))
    retours = ("comp", "Retours en terugbetalingen administratief afhandelen", _rows(
        ("Controleert of de retour voldoet aan de verkoopsvoorwaarden",
         ["De verkoopsvoorwaarden en de retourprocedure samen met de cursist doornemen en toelichten met "
          "voorbeelden."]),
        ("Maakt een creditnota of terugbetaling aan in het systeem",
         ["Stap voor stap tonen hoe een creditnota of terugbetaling aangemaakt wordt.",
          "De cursist de eerste terugbetalingen laten voorbereiden en laten nakijken door een collega van de "
          "boekhouding vooraleer ze worden uitgevoerd."]),
    ))

    seed_key = [it for _, items in seed_sections for it in items if it[0] == "key"][0][1]
    seed_desc = {r[0][0]: r[1] for r in seed_key[1:]}
    key = ("key", [seed_key[0],
                   [["Klantgericht zijn"], ["De cursist leert de vraag van de klant centraal te stellen en zoekt "
                                            "samen met de begeleider naar oplossingen die voor de klant en de "
                                            "onderneming aanvaardbaar zijn."]],
                   [["Communicatief zijn"], ["De cursist leert vlot en correct communiceren met klanten , "
                                             "mondeling en schriftelijk, en past zijn taalgebruik aan de klant "
                                             "aan."]],
                   [["Kunnen omgaan met stress"], seed_desc["Kunnen omgaan met stress"]],
                   [["Nauwkeurig werken"], ["De cursist leert gegevens van klanten, klachten en terugbetalingen "
                                            "nauwkeurig registreren en controleert zijn eigen werk vooraleer "
                                            "het af te sluiten."]],
                   [["Flexibel zijn"], seed_desc["Flexibel zijn"]]])

    sections = [
        ("A. Jobgelateerde competenties: basis", [wegwijs, near, conflict, inbound]),
        ("B.Jobgelateerde competenties : specifiek",
         [("comp", "Klachten van klanten registreren, behandelen en opvolgen", klachten_rows),
          schriftelijk, retours]),
        ("C . Sleutelvaardigheden", [key]),
    ]
    return head, sections
