"""The home page, the generic pages, the footer and the site settings."""

from wagtail.models import Page, Site

from climate_site.site_host import base_url, parse_site_url
from home.demo.state import Demo, demo_document, ensure_wagtail_roots, generated_image
from home.models import ContentPage, FooterText, HomePage, SiteSettings


def build(demo: Demo):
    t = demo.text
    root = ensure_wagtail_roots()
    home = HomePage.objects.filter(depth=2, locale__language_code="fr").first()
    fields = {
        "slug": t("accueil", "home", "inicio"),
        "title": t("Accueil", "Home", "Inicio"),
        "hero_title": t(
            "Pour le climat, à Ivry, on agit\u00a0!",
            "For the climate, in Ivry, we act!",
            "¡Por el clima, en Ivry, actuamos!",
        ),
        "intro": t(
            "Construisons ensemble le plan d’action pour relever le défi climatique, "
            "écologique et social à Ivry-sur-Seine, puis suivons sa mise en œuvre en toute "
            "transparence.",
            "Let us build together the action plan that meets the climate, ecological and "
            "social challenge in Ivry-sur-Seine, then follow how it is carried out, in the "
            "open.",
            "Construyamos juntos el plan de acción para afrontar el reto climático, "
            "ecológico y social en Ivry-sur-Seine, y sigamos su aplicación con total "
            "transparencia.",
        ),
        "hero_image": generated_image("Ivry, la ville en transition"),
        "body": home_body(t),
    }
    if home is None:
        home = HomePage(**fields)
        root.add_child(instance=home)
        home.save_revision().publish()
    else:
        for name, value in fields.items():
            setattr(home, name, value)
        home.save_revision().publish()
    hostname, port = parse_site_url(base_url())
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "root_page": home,
            # The address the demo is served at, so its links are real ones.
            "hostname": hostname,
            "port": port,
            "site_name": "Agir",
        },
    )
    Page.objects.filter(depth=2).exclude(pk__in=HomePage.objects.values("pk")).delete()
    demo.home = home
    demo.pages["home"] = home

    about = demo.child(
        home,
        ContentPage,
        t("la-demarche", "the-approach", "el-proceso"),
        show_in_menus=True,
        **about_page(t),
    )
    demo.pages.update(about=about)

    # The home body links to pages that exist only now.
    home.body = [*home_body(t), *home_links(t, about)]
    home.save_revision().publish()

    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    settings.city_name = "Ivry-sur-Seine"
    settings.contact_email = "climat@example.org"
    settings.contact_phone = "01 49 60 25 00"
    settings.address = "Hôtel de ville\nEsplanade Georges-Marrane\n94200 Ivry-sur-Seine"
    settings.social_links = [
        ("link", {"network": "Mastodon", "url": "https://example.org/@ivry"})
    ]
    settings.save()

    footer = FooterText.objects.filter(locale=home.locale).first() or FooterText(
        locale=home.locale
    )
    footer.body = (
        "<p>"
        + t(
            "Une démarche de la Ville d’Ivry-sur-Seine avec ses habitantes et ses habitants.",
            "An approach of the City of Ivry-sur-Seine with its residents.",
            "Una iniciativa de la Ciudad de Ivry-sur-Seine con sus habitantes.",
        )
        + "</p>"
    )
    footer.save()

    for page in (home, about, footer):
        demo.translate(page)


def paragraph(text):
    return ("paragraph", f"<p>{text}</p>")


def home_body(t):
    return [
        (
            "key_figures",
            [
                {
                    "number": "−40",
                    "unit": "%",
                    "label": t(
                        "d’émissions de gaz à effet de serre d’ici 2035",
                        "greenhouse gas emissions by 2035",
                        "de emisiones de gases de efecto invernadero para 2035",
                    ),
                },
                {
                    "number": "565",
                    "unit": "",
                    "label": t(
                        "propositions des habitantes et habitants",
                        "proposals from residents",
                        "propuestas de los habitantes",
                    ),
                },
                {
                    "number": "13",
                    "unit": "",
                    "label": t(
                        "ateliers participatifs",
                        "participatory workshops",
                        "talleres participativos",
                    ),
                },
                {
                    "number": "7",
                    "unit": "",
                    "label": t(
                        "thèmes du plan d’action",
                        "themes of the action plan",
                        "temas del plan de acción",
                    ),
                },
            ],
        ),
        (
            "heading",
            {
                "text": t(
                    "Une démarche en plusieurs étapes",
                    "An approach in several steps",
                    "Un proceso en varias etapas",
                ),
                "level": "h2",
            },
        ),
        paragraph(
            t(
                "Habitants, associations, partenaires, services municipaux et élus : chacun "
                "peut contribuer au plan d’action climat de la ville.",
                "Residents, associations, partners, municipal services and elected officials: "
                "everyone can contribute to the city’s climate action plan.",
                "Habitantes, asociaciones, socios, servicios municipales y cargos electos: "
                "todos pueden contribuir al plan de acción climática de la ciudad.",
            )
        ),
        (
            "timeline",
            {
                "title": "",
                "steps": [
                    {
                        "date": t("Juin 2021", "June 2021", "Junio de 2021"),
                        "title": t(
                            "Lancement de la démarche",
                            "The approach begins",
                            "Comienza el proceso",
                        ),
                        "text": t(
                            "Programmation municipale et citoyenne d’éducation populaire autour du climat.",
                            "Municipal and citizen events of popular education about the climate.",
                            "Programación municipal y ciudadana de educación popular sobre el clima.",
                        ),
                    },
                    {
                        "date": t("Été 2021", "Summer 2021", "Verano de 2021"),
                        "title": t(
                            "La caravane citoyenne",
                            "The citizen caravan",
                            "La caravana ciudadana",
                        ),
                        "text": t(
                            "Elle va à la rencontre des habitants pour recueillir leurs propositions.",
                            "It goes out to meet residents and collect their proposals.",
                            "Sale al encuentro de los habitantes para recoger sus propuestas.",
                        ),
                    },
                    {
                        "date": t(
                            "Septembre – octobre 2021",
                            "September – October 2021",
                            "Septiembre – octubre de 2021",
                        ),
                        "title": t(
                            "13 ateliers participatifs",
                            "13 participatory workshops",
                            "13 talleres participativos",
                        ),
                        "text": t(
                            "Pour débattre et formuler des propositions.",
                            "To debate and draw up proposals.",
                            "Para debatir y formular propuestas.",
                        ),
                    },
                    {
                        "date": t(
                            "Novembre 2021", "November 2021", "Noviembre de 2021"
                        ),
                        "title": t(
                            "Le vote citoyen",
                            "The citizen vote",
                            "La votación ciudadana",
                        ),
                        "text": t(
                            "Les habitants priorisent les objectifs, thème par thème.",
                            "Residents prioritise the objectives, theme by theme.",
                            "Los habitantes priorizan los objetivos, tema por tema.",
                        ),
                    },
                    {
                        "date": t(
                            "4 décembre 2021",
                            "4 December 2021",
                            "4 de diciembre de 2021",
                        ),
                        "title": t(
                            "Conférence pour le climat",
                            "Climate Conference",
                            "Conferencia por el clima",
                        ),
                        "text": t(
                            "Les objectifs priorisés sont dévoilés.",
                            "The prioritised objectives are unveiled.",
                            "Se presentan los objetivos priorizados.",
                        ),
                    },
                    {
                        "date": "2023 · 2025",
                        "title": t(
                            "Nouvelles conférences",
                            "Further conferences",
                            "Nuevas conferencias",
                        ),
                        "text": t(
                            "Faire le point sur les actions engagées.",
                            "Taking stock of the actions under way.",
                            "Hacer balance de las acciones emprendidas.",
                        ),
                    },
                ],
            },
        ),
    ]


def home_links(t, about):
    return [
        (
            "call_to_action",
            {
                "title": t(
                    "Comprendre la démarche",
                    "Understand the approach",
                    "Entender el proceso",
                ),
                "text": t(
                    "Pourquoi un plan d’action climat co-construit, et comment chacun peut y prendre part.",
                    "Why a climate action plan built together, and how everyone can take part.",
                    "Por qué un plan de acción climática construido en común, y cómo todos pueden participar.",
                ),
                "button_label": t(
                    "Découvrir la démarche",
                    "Discover the approach",
                    "Descubrir el proceso",
                ),
                "page": about,
                "external_url": "",
            },
        ),
        (
            "page_links",
            {
                "title": t("À lire aussi", "Read also", "Lea también"),
                "pages": [about],
            },
        ),
    ]


def about_page(t):
    return {
        "title": t("La démarche", "The approach", "El proceso"),
        "intro": t(
            "Comment la ville construit son plan d’action climat avec ses habitants.",
            "How the city builds its climate action plan with its residents.",
            "Cómo la ciudad construye su plan de acción climática con sus habitantes.",
        ),
        "body": [
            paragraph(
                t(
                    "L’enjeu de cette démarche est de permettre l’élaboration la plus démocratique "
                    "possible du plan d’action : établir un bilan de l’action déjà engagée, favoriser "
                    "l’appropriation citoyenne des enjeux climatiques et informer sur les contraintes "
                    "techniques et juridiques auxquelles la commune fait face.",
                    "The aim of this approach is to draw up the action plan as democratically as "
                    "possible: take stock of what has already been done, help residents make climate "
                    "issues their own, and explain the technical and legal constraints the city faces.",
                    "El objetivo de este proceso es elaborar el plan de acción de la forma más "
                    "democrática posible: hacer balance de lo ya emprendido, favorecer que la "
                    "ciudadanía se apropie de los retos climáticos e informar sobre las limitaciones "
                    "técnicas y jurídicas a las que se enfrenta el municipio.",
                )
            ),
            (
                "image",
                {
                    "image": generated_image(
                        "Atelier participatif",
                        colours=("#1f6f8b", "#0e3a4a", "#ffd166"),
                        size=(1200, 600),
                    ),
                    "alt_text": t(
                        "Illustration : la ville, ses immeubles et ses arbres sous le soleil.",
                        "Illustration: the city, its buildings and its trees in the sun.",
                        "Ilustración: la ciudad, sus edificios y sus árboles bajo el sol.",
                    ),
                    "decorative": False,
                    "caption": t(
                        "Treize ateliers ont réuni les habitants en septembre et octobre 2021.",
                        "Thirteen workshops brought residents together in September and October 2021.",
                        "Trece talleres reunieron a los habitantes en septiembre y octubre de 2021.",
                    ),
                },
            ),
            (
                "document",
                {
                    "document": demo_document(),
                    "title": t(
                        "Le calendrier de la démarche (texte)",
                        "The calendar of the approach (text, in French)",
                        "El calendario del proceso (texto, en francés)",
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": t(
                        "Nous avons travaillé collectivement à formuler des propositions et nous "
                        "travaillerons collectivement à les mettre en œuvre.",
                        "We worked together to draw up proposals and we will work together to carry "
                        "them out.",
                        "Hemos trabajado colectivamente para formular propuestas y trabajaremos "
                        "colectivamente para llevarlas a cabo.",
                    ),
                    "attribution": t(
                        "La municipalité", "The municipality", "El ayuntamiento"
                    ),
                },
            ),
        ],
    }
