/// The demos' free text in the networks' own language. Both demos are Dutch
/// networks, so a Dutch dashboard gets Dutch pitches, descriptions, requests
/// and notes; an English one keeps the English. Names (people, clients,
/// places, skills, titles) are the same in both.
///
/// Both texts are stored here and one is picked as the demo is built: every
/// change of the demo's story passes `translate` before it is applied, so
/// the history records the same words the data files hold, and the demo
/// still verifies.
enum DemoDutch {
    /// `change` with its free text in Dutch.
    static func translate(_ change: Change) -> Change {
        switch change {
        case var .addMember(m):
            m.pitch = text(m.pitch)
            return .addMember(m)
        case var .addProject(p):
            p.description = text(p.description)
            return .addProject(p)
        case let .moveProject(project, to, reason, note):
            return .moveProject(project: project, to: to, reason: reason, note: text(note))
        case var .hireExternal(project, hire):
            hire.reason = text(hire.reason)
            return .hireExternal(project: project, hire)
        case var .addRequest(r):
            r.text = text(r.text)
            return .addRequest(r)
        case let .offerHelp(request, member, note):
            return .offerHelp(request: request, member: member, note: text(note))
        case let .closeRequest(request, note):
            return .closeRequest(request: request, note: text(note))
        case var .addLedgerEntry(e):
            e.note = text(e.note)
            e.category = e.category.map(category)
            return .addLedgerEntry(e)
        case let .correctLedgerEntry(entry, reason, date):
            return .correctLedgerEntry(entry: entry, reason: text(reason), date: date)
        case let .askToJoin(project, members, hours, note):
            return .askToJoin(project: project, members: members, hoursPerWeek: hours, note: text(note))
        case let .steps(changes):
            return .steps(changes.map(translate))
        case var .addApplicant(m):
            m.pitch = text(m.pitch)
            return .addApplicant(m)
        case var .viewApplicant(applicant, v):
            v.note = text(v.note)
            return .viewApplicant(applicant: applicant, v)
        case var .noteCriterion(applicant, n):
            n.note = text(n.note)
            return .noteCriterion(applicant: applicant, n)
        case let .declineApplicant(applicant, reason):
            return .declineApplicant(applicant: applicant, reason: text(reason))
        case var .addProduct(p):
            p.name = text(p.name)
            return .addProduct(p)
        default:
            return change
        }
    }

    /// The Dutch of one English text of the demos; the English itself when
    /// there is none (a test lists those, so there are none).
    static func text(_ english: String) -> String {
        if english.isEmpty { return english }
        if let nl = phrases[english] ?? Unit2Demo.admissionDutch[english] { return nl }
        for (prefix, nl) in prefixes where english.hasPrefix(prefix) {
            return nl + text(String(english.dropFirst(prefix.count)))
        }
        return english
    }

    /// A cost category of the demos, in the language the demo is made in:
    /// a Dutch network books its rent as "huur". Labels are data, so the
    /// network's list and every entry take the same word.
    static func category(_ english: String) -> String {
        guard Language.current == .nl else { return english }
        return categories[english] ?? english
    }

    static let categories: [String: String] = [
        "secretary": "secretariaat", "building": "huisvesting", "website": "website", "computers": "computers",
        "accountant": "accountant", "outings": "uitjes", "insurance": "verzekering",
        "rent": "huur", "internet": "internet", "coffee": "koffie", "events": "activiteiten",
    ]

    /// A text the demo makes from numbers and names, in both languages.
    static func pick(en: String, nl: String) -> String { Language.current == .nl ? nl : en }

    /// Texts made from a name: "signed by Naturalis".
    static let prefixes: [(String, String)] = [
        ("offer sent to ", "offerte gestuurd aan "),
        ("signed by ", "getekend door "),
    ]

    static let phrases: [String: String] = [
        "Congress media team": "Congresmediateam",
        "Team scan instrument": "Teamscan-instrument",
        "A museum wants its audio tour as short animated clips. What does that take, and what does it cost?":
            "Een museum wil zijn audiotour als korte animaties. Wat komt daarbij kijken, en wat kost het?",
        "Adviser for mergers and reorganisations in the public sector.":
            "Adviseur bij fusies en reorganisaties in de publieke sector.",
        "Annual accounts of the operating company":
            "Jaarrekening van de werkmaatschappij",
        "Architecture and landscape photographer with a drone licence.":
            "Architectuur- en landschapsfotograaf met dronebewijs.",
        "Back on track: three steady clients again. Thanks, everyone.":
            "Weer op koers: drie vaste klanten. Dank jullie wel.",
        "Back-end and hosting: the part of the website nobody sees until it breaks.":
            "Back-end en hosting: het deel van de website dat niemand ziet tot het stukgaat.",
        "Beans, milk and tea for the quarter":
            "Bonen, melk en thee voor het kwartaal",
        "Booked; see the calendar.":
            "Geboekt; zie de agenda.",
        "Brand strategist who starts with what the organisation stands for.":
            "Merkstrateeg die begint bij waar de organisatie voor staat.",
        "Builds fast, accessible websites and keeps them running for years.":
            "Bouwt snelle, toegankelijke websites en houdt ze jarenlang in de lucht.",
        "Builds the diagnostic instruments and trains care teams to read their own work.":
            "Bouwt de diagnose-instrumenten en leert zorgteams hun eigen werk te lezen.",
        "Camera and edit for corporate film that people actually watch to the end.":
            "Camera en montage voor bedrijfsfilms die mensen echt uitkijken.",
        "Co-developed by Katleen and Pierre; the instrument stays the network's property. Not billed.":
            "Samen ontwikkeld door Katleen en Pierre; het instrument blijft van het netwerk. Niet gefactureerd.",
        "Coaches teams and school leaders toward self-management, mostly by asking.":
            "Coacht teams en schoolleiders naar zelforganisatie, vooral door vragen te stellen.",
        "Come and edit with me on the Hogeschool job.":
            "Kom je meeredigeren aan de klus voor de Hogeschool?",
        "Copywriter with thirty years of clients; brings in work from a wide network.":
            "Copywriter met dertig jaar klanten; haalt werk binnen uit een breed netwerk.",
        "Could someone look at my portfolio site before I send it to an agency?":
            "Wil iemand naar mijn portfoliosite kijken voor ik die naar een bureau stuur?",
        "Data animation: makes numbers move so an audience remembers them.":
            "Data-animatie: laat cijfers bewegen zodat het publiek ze onthoudt.",
        "Designs identities for small companies that want to look like themselves.":
            "Ontwerpt huisstijlen voor kleine bedrijven die op zichzelf willen lijken.",
        "Documentary maker who also knows how to get the film seen.":
            "Documentairemaker die ook weet hoe de film gezien wordt.",
        "Does anyone use the model terms and conditions for the creative industry? Which version?":
            "Gebruikt iemand de modelvoorwaarden voor de creatieve sector? Welke versie?",
        "Draws complicated things simply: explainers, infographics, editorial illustration.":
            "Tekent ingewikkelde dingen eenvoudig: uitlegbeelden, infographics, redactionele illustraties.",
        "End-of-year dinner":
            "Eindejaarsdiner",
        "Engineer turned adviser: production cells and logistics, on the shop floor.":
            "Ingenieur die adviseur werd: productiecellen en logistiek, op de werkvloer.",
        "Event and portrait photographer, also at home behind a video camera.":
            "Evenementen- en portretfotograaf, ook thuis achter een videocamera.",
        "Fibre connection and wifi for the quarter":
            "Glasvezel en wifi voor het kwartaal",
        "Films and edits short documentaries and event reports, same day if needed.":
            "Filmt en monteert korte documentaires en evenementverslagen, desnoods dezelfde dag.",
        "Final editor: nothing leaves her desk with a mistake in it, in Dutch or English.":
            "Eindredacteur: niets verlaat haar bureau met een fout erin, in het Nederlands of het Engels.",
        "Former civil servant who redesigns permit and service processes.":
            "Oud-ambtenaar die vergunning- en dienstverleningsprocessen herontwerpt.",
        "Founder; leads change in municipalities and public services, patient and direct.":
            "Oprichter; leidt veranderingen bij gemeenten en publieke diensten, geduldig en direct.",
        "Founder; redesigns how work flows in hospitals and care, with the people who do it.":
            "Oprichter; herontwerpt hoe het werk loopt in ziekenhuizen en zorg, met de mensen die het doen.",
        "Front-end developer who likes clean HTML and fast pages.":
            "Front-endontwikkelaar die houdt van nette HTML en snelle pagina's.",
        "Gets local news and social media talking about your opening, campaign or cause.":
            "Zorgt dat lokaal nieuws en sociale media praten over je opening, campagne of zaak.",
        "Guides change in care and welfare through conversation, not blueprints.":
            "Begeleidt verandering in zorg en welzijn met gesprekken, niet met blauwdrukken.",
        "Happy to look at the visual side.":
            "Ik kijk graag naar de beeldkant.",
        "Honestly: it has been very quiet and I wonder whether to go on as a freelancer. Any work helps.":
            "Eerlijk gezegd: het is erg stil en ik twijfel of ik doorga als zzp'er. Alle werk helpt.",
        "Hosting and mail":
            "Hosting en mail",
        "How do I set my rate for my first big client? They ask for a fixed price.":
            "Hoe bepaal ik mijn tarief voor mijn eerste grote klant? Ze vragen een vaste prijs.",
        "I do my own books and can show you how.":
            "Ik doe mijn eigen boekhouding en kan je laten zien hoe.",
        "I need someone on camera for a client video next month.":
            "Ik zoek iemand achter de camera voor een klantvideo volgende maand.",
        "I switched last year; the difference was the cover abroad.":
            "Ik ben vorig jaar overgestapt; het verschil zat in de dekking in het buitenland.",
        "Would you give the training days? The intervision part is mine.":
            "Wil jij de trainingsdagen geven? Het intervisiedeel doe ik.",
        "I'll do it; I know a farm near Nijmegen.":
            "Ik doe het; ik ken een boerderij bij Nijmegen.",
        "I'll share the calculation sheet I use.":
            "Ik deel de rekensheet die ik gebruik.",
        "Illustrator and animator of short explainer films with a hand-drawn feel.":
            "Illustrator en animator van korte uitlegfilms met een handgetekend gevoel.",
        "Illustrator of children's books and friendly public information.":
            "Illustrator van kinderboeken en vriendelijke publieksvoorlichting.",
        "Interaction designer for apps and portals that civil servants must use daily.":
            "Interactieontwerper van apps en portalen die ambtenaren dagelijks moeten gebruiken.",
        "Interviews and writes portraits; fast enough for a congress newsletter overnight.":
            "Interviewt en schrijft portretten; snel genoeg voor een congreskrant die 's nachts af moet.",
        "Journalist who turns a tangled story into a clear one, on deadline.":
            "Journalist die van een warrig verhaal een helder verhaal maakt, op deadline.",
        "Junior adviser with a lean background, learning the sociotechnical way.":
            "Junior adviseur met een leanachtergrond, die de sociotechnische aanpak leert.",
        "Looking for an accountant who understands starting freelancers. Who do you use?":
            "Ik zoek een boekhouder die startende zzp'ers begrijpt. Wie gebruiken jullie?",
        "Looking for an intervision partner for a difficult case at the vocational school.":
            "Ik zoek een intervisiepartner voor een lastige casus op het mbo.",
        "Lunch on Tuesday? Bring your laptop.":
            "Lunch op dinsdag? Neem je laptop mee.",
        "Managed laptops, licences and backup":
            "Beheerde laptops, licenties en back-up",
        "Marketing strategist for public organisations that have to explain themselves.":
            "Marketingstrateeg voor publieke organisaties die zichzelf moeten uitleggen.",
        "Mine has been great for ten years; I'll introduce you.":
            "De mijne is al tien jaar top; ik stel je voor.",
        "Motion designer: animated logos, explainers and title sequences.":
            "Motion designer: geanimeerde logo's, uitlegfilms en titelsequenties.",
        "My own client stopped; I have room for network work.":
            "Mijn eigen klant is gestopt; ik heb ruimte voor werk uit het netwerk.",
        "Never a fixed price without a fixed scope. Coffee on Thursday?":
            "Nooit een vaste prijs zonder vaste afbakening. Koffie op donderdag?",
        "New Year's drinks":
            "Nieuwjaarsborrel",
        "Office and meeting room, Oudegracht":
            "Kantoor en vergaderruimte, Oudegracht",
        "Once, in a school; happy to compare.":
            "Eén keer, op een school; ik vergelijk graag.",
        "Packaging and brand designer for food and retail.":
            "Verpakkings- en merkontwerper voor food en retail.",
        "Photographs people at work so that they forget the camera is there.":
            "Fotografeert mensen aan het werk, zodat ze de camera vergeten.",
        "Plans and fills social-media calendars, and answers the comments too.":
            "Plant en vult socialemediakalenders, en beantwoordt ook de reacties.",
        "Political reporter who knows how The Hague works and who to call.":
            "Politiek verslaggever die weet hoe Den Haag werkt en wie je moet bellen.",
        "Press officer for hire: press releases, media training and crisis communication.":
            "Persvoorlichter te huur: persberichten, mediatraining en crisiscommunicatie.",
        "Professional liability, yearly premium":
            "Beroepsaansprakelijkheid, jaarpremie",
        "Quarterly bookkeeping and VAT return":
            "Kwartaalboekhouding en btw-aangifte",
        "Quiet after the festival season; I can shoot or edit.":
            "Rustig na het festivalseizoen; ik kan filmen of monteren.",
        "Replacement laptop for the secretary":
            "Vervangende laptop voor de secretaresse",
        "Rik went through it with me over lunch. Much better now.":
            "Rik is er tijdens de lunch met me doorheen gegaan. Veel beter nu.",
        "Runs campaigns for local businesses on a small budget and measures what works.":
            "Voert campagnes voor lokale ondernemers met een klein budget en meet wat werkt.",
        "Scientific illustrator: anatomy, biology and anything seen through a microscope.":
            "Wetenschappelijk illustrator: anatomie, biologie en alles wat je door een microscoop ziet.",
        "Secretary: salary and employer's costs (our only employee)":
            "Secretaresse: salaris en werkgeverslasten (onze enige werknemer)",
        "Service designer who maps the whole customer journey, not just the website.":
            "Servicedesigner die de hele klantreis in kaart brengt, niet alleen de website.",
        "Team day with intervision on current projects":
            "Teamdag met intervisie op lopende projecten",
        "Team day: who organises it this year, and where?":
            "Teamdag: wie organiseert hem dit jaar, en waar?",
        "The studio I drew for has closed. I can take on illustration or animation.":
            "De studio waarvoor ik tekende is dicht. Ik kan illustratie- of animatiewerk aannemen.",
        "Thursday after the partner meeting?":
            "Donderdag na het partneroverleg?",
        "Trainer of teachers and trainers; makes theory practical in an afternoon.":
            "Trainer van docenten en trainers; maakt theorie in één middag praktisch.",
        "Trains entrepreneurs to do their own PR and social media with confidence.":
            "Leert ondernemers met vertrouwen hun eigen pr en sociale media te doen.",
        "Translates Arabic, French and Dutch for public services and museums.":
            "Vertaalt Arabisch, Frans en Nederlands voor publieke diensten en musea.",
        "Translates French and English into Dutch that reads as if it was written in it.":
            "Vertaalt Frans en Engels naar Nederlands dat leest alsof het zo geschreven is.",
        "Turns spreadsheets into interactive charts for reports and websites.":
            "Maakt van spreadsheets interactieve grafieken voor rapporten en websites.",
        "Twice, at De Linde; I kept notes on the questions that confused people.":
            "Twee keer, bij De Linde; ik heb bijgehouden welke vragen mensen in verwarring brachten.",
        "Two retainers ended this quarter. Happy to write press releases or train spokespeople.":
            "Twee vaste opdrachten stopten dit kwartaal. Ik schrijf graag persberichten of train woordvoerders.",
        "UX designer who tests with real users before anyone writes a line of code.":
            "UX-ontwerper die test met echte gebruikers voordat iemand een regel code schrijft.",
        "Video editor and camera operator, quick with subtitles and social cuts.":
            "Videomonteur en cameraman, snel met ondertitels en versies voor sociale media.",
        "Web copy and SEO that read well for people first.":
            "Webteksten en SEO die eerst voor mensen goed lezen.",
        "Which equipment insurance do you use for cameras? I'll arrange it myself, but tips are welcome.":
            "Welke apparatuurverzekering gebruiken jullie voor camera's? Ik regel het zelf, maar tips zijn welkom.",
        "Writes communication strategies that a board can decide on in one meeting.":
            "Schrijft communicatiestrategieën waarover een bestuur in één vergadering kan beslissen.",
        "Yearly maintenance and security updates":
            "Jaarlijks onderhoud en beveiligingsupdates",
        "You're on my list for the congress team next month.":
            "Je staat op mijn lijstje voor het congresteam volgende maand.",
        "Young reporter who tells a story in a minute of vertical video.":
            "Jonge verslaggever die een verhaal vertelt in een minuut verticale video.",
        "booked twice; the supplier sent one invoice":
            "twee keer geboekt; de leverancier stuurde één factuur",
        "the tour also needs Dutch Sign Language video; nobody inside fits":
            "de tour heeft ook video in Nederlandse Gebarentaal nodig; niemand binnen past",
        "Architect's drawings to a 3D film for patients and staff before the move.":
            "Van architectentekeningen naar een 3D-film voor patiënten en personeel vóór de verhuizing.",
        "Building version 2 of the team scan with Pierre: who has used the old questionnaire with care teams?":
            "Met Pierre bouw ik versie 2 van de teamscan: wie heeft de oude vragenlijst met zorgteams gebruikt?",
        "Summer barbecue with Unit-2 Share":
            "Zomerbarbecue met Unit-2 Share",
        "Unit-2's own product: a media team reports on the congress in text, image and film, ready the next morning.":
            "Het eigen product van Unit-2: een mediateam verslaat het congres in tekst, beeld en film, de volgende ochtend klaar.",
        "delivered":
            "opgeleverd",
    ]
}
