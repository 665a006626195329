"""Demo discussions: residents talking about actions, objectives and proposals
in French, English and Spanish, one comment hidden by moderation, and a page
where editors opened comments with the comments block.

Written defensively: it comments on whatever actions, objectives and public
proposals the builders before it created. Comments are residents' own words,
so each is stored in the language it was written in (not translated).
"""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from accounts.models import User
from climate_plan.models import ActionPage, ObjectivePage
from home.models import ContentPage
from participation.comments.services import discussion_for
from participation.models import Comment, Proposal, Report, ReportReason

RESIDENTS = [
    ("camille.demo@example.org", "Camille R.", "fr"),
    ("karim.demo@example.org", "Karim", "fr"),
    ("lucia.demo@example.org", "Lucía M.", "es"),
    ("sam.demo@example.org", "Sam (Petit-Ivry)", "en"),
    ("ines.demo@example.org", "Inès", "fr"),
    ("jo.demo@example.org", "Jo", "en"),
]

# (author index, language, text, replies): a reply is the same shape.
# fmt: off
PAGE_THREADS = [
    (0, "fr", "Très bonne nouvelle. Pensez aussi aux personnes âgées et aux personnes "
     "en situation de handicap quand ce sera mis en œuvre.", [
         (3, "en", "Agreed. And please post updates here as the work goes on.", [
             (0, "fr", "Oui, avec des dates précises si possible !", []),
         ]),
     ]),
    (2, "es", "¿Habrá información en varios idiomas? En mi edificio muchos vecinos no "
     "leen francés.", [
         (1, "fr", "Bonne remarque, la maison de quartier pourrait aider à traduire.", []),
     ]),
    (5, "en", "Where can we follow the budget? A page with the figures would help: "
     "https://example.org/budget-climat", []),
    (4, "fr", "J’ai participé à l’atelier du Plateau, c’était passionnant. Vivement la "
     "suite !", []),
]
PROPOSAL_THREADS = [
    (1, "fr", "Je soutiens : c’est simple à mettre en place et utile tout de suite.", [
        (5, "en", "How would it be paid for? The participatory budget, maybe?", [
            (1, "fr", "Oui, le budget participatif s’y prête bien.", []),
        ]),
    ]),
    (2, "es", "¿Se podría probar primero en un solo barrio antes de ampliarlo?", [
        (4, "fr", "Bonne idée, un essai d’un an permettrait d’ajuster.", []),
    ]),
    (3, "en", "I raised the same idea at the caravan stop in Ivry-Port. Glad to see "
     "it here!", []),
]
# fmt: on
HIDDEN_TEXT = "Achetez des panneaux solaires pas chers sur mon site !!!"


def residents():
    users = []
    for email, name, language in RESIDENTS:
        user, _ = User.objects.get_or_create(
            email=email, defaults={"display_name": name, "preferred_language": language}
        )
        if not user.has_usable_password():
            user.set_unusable_password()
            user.save()
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        users.append(user)
    return users


def discussion_page(demo):
    """A page of the site where editors opened comments with the block."""
    t = demo.text
    page = demo.child(
        demo.home,
        ContentPage,
        t("parlons-en", "lets-talk", "hablemos"),
        title=t("Parlons-en", "Let’s talk", "Hablemos"),
        intro=t(
            "Une question, une idée, une inquiétude sur la transition écologique à Ivry ? "
            "Échangeons.",
            "A question, an idea, a worry about the ecological transition in Ivry? "
            "Let’s talk.",
            "¿Una pregunta, una idea, una inquietud sobre la transición ecológica en "
            "Ivry? Hablemos.",
        ),
        show_in_menus=False,
        body=[
            (
                "paragraph",
                "<p>"
                + t(
                    "Les commentaires sont ouverts à toutes les habitantes et tous les "
                    "habitants inscrits. Une seule conversation, quelle que soit la langue.",
                    "Comments are open to every registered resident. One conversation, "
                    "whatever the language.",
                    "Los comentarios están abiertos a todos los habitantes registrados. Una "
                    "sola conversación, sea cual sea el idioma.",
                )
                + "</p>",
            ),
            (
                "comments",
                {
                    "heading": t(
                        "Vos questions et idées",
                        "Your questions and ideas",
                        "Sus preguntas e ideas",
                    ),
                    "intro": t(
                        "Qu’aimeriez-vous voir changer dans votre quartier ?",
                        "What would you like to see change in your neighbourhood?",
                        "¿Qué le gustaría que cambiara en su barrio?",
                    ),
                },
            ),
        ],
    )
    demo.translate(page)
    demo.pages["discussion"] = page
    return page


def subjects(page):
    """The demo subjects: the discussion page, a few actions, an objective,
    a few proposals (whatever exists)."""
    found = [page]
    found += list(ActionPage.objects.live().filter(locale__language_code="fr")[:3])
    found += list(ObjectivePage.objects.live().filter(locale__language_code="fr")[:1])
    found += list(Proposal.objects.public().order_by("pk")[:3])
    return found


def write_thread(discussion, users, thread, when, parent=None):
    author, language, text, replies = thread
    comment = Comment.objects.create(
        discussion=discussion,
        parent=parent,
        root=parent.root if parent else None,
        depth=parent.depth + 1 if parent else 1,
        author=users[author],
        language=language,
        body=text,
        created_at=when,
    )
    if parent is None:
        comment.root = comment
        comment.save(update_fields=["root"])
    for offset, reply in enumerate(replies, start=1):
        write_thread(discussion, users, reply, when + timedelta(hours=offset), comment)


def hide_by_reports(discussion, users, when):
    """One comment hidden automatically after three residents reported it."""
    spam = Comment.objects.create(
        discussion=discussion,
        author=users[5],
        language="fr",
        body=HIDDEN_TEXT,
        created_at=when,
        hidden_at=when + timedelta(hours=2),
        hidden_reason="reports",
    )
    spam.root = spam
    spam.save(update_fields=["root"])
    comment_type = ContentType.objects.get_for_model(Comment)
    Report.objects.bulk_create(
        Report(
            target_type=comment_type,
            target_id=spam.pk,
            reporter=reporter,
            reason=ReportReason.SPAM,
            language="fr",
        )
        for reporter in users[:3]
    )
    write_thread(
        discussion,
        users,
        (1, "fr", "Merci à la modération d’avoir masqué la publicité ci-dessus.", []),
        when + timedelta(hours=3),
        parent=spam,
    )


def build(demo):
    users = residents()
    page = discussion_page(demo)
    start = timezone.now() - timedelta(days=20)
    for index, subject in enumerate(subjects(page)):
        discussion = discussion_for(subject, create=True)
        if discussion.comments.exists():
            continue  # already built: load_demo stays idempotent
        when = start + timedelta(days=index)
        threads = PROPOSAL_THREADS if isinstance(subject, Proposal) else PAGE_THREADS
        # Each subject gets a different slice of the threads, so pages differ.
        for offset, thread in enumerate(threads[index % 2 :]):
            write_thread(discussion, users, thread, when + timedelta(hours=6 * offset))
        if subject is page:
            hide_by_reports(discussion, users, when + timedelta(days=1))
