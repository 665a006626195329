"""Factories for residents, discussed pages and comments."""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from accounts.models import User
from accounts.roles import MODERATORS, ROLE_PERMISSIONS
from home.models import ContentPage, HomePage
from participation.comments.models import Comment, Discussion


class ResidentFactory(factory.django.DjangoModelFactory):
    """A resident whose email address is verified: they may contribute."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"resident{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Resident {n}")
    password = factory.PostGenerationMethodCall("set_password", "resident-password")

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        self.save()
        if create and extracted is not False:
            EmailAddress.objects.create(
                user=self, email=self.email, verified=True, primary=True
            )


def make_moderator(**kwargs):
    """A resident in the Moderators group with the moderation permission."""
    from django.contrib.auth.models import Permission

    user = ResidentFactory(**kwargs)
    group, _ = Group.objects.get_or_create(name=MODERATORS)
    for dotted in ROLE_PERMISSIONS[MODERATORS]:
        app_label, codename = dotted.split(".")
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    user.groups.add(group)
    return user


def make_discussed_page(languages=("en",)):
    """A French content page with a comments block, translated and published."""
    # A transactional test runs after a flush that removed the tree's root.
    french, _ = Locale.objects.get_or_create(language_code="fr")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=french)
    )
    home = HomePage(title="Accueil", slug="accueil")
    root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "root_page": home,
            "hostname": "localhost",
            "port": 80,
            "site_name": "Agir",
        },
    )
    page = ContentPage(
        title="Parlons-en",
        slug="parlons-en",
        body=[("comments", {"heading": "Vos avis", "intro": ""})],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    translations = {"fr": page}
    for language in languages:
        locale, _ = Locale.objects.get_or_create(language_code=language)
        translated = page.copy_for_translation(locale, copy_parents=True)
        translated.save_revision().publish()
        translations[language] = translated.specific
    return translations


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comment

    discussion = factory.LazyFunction(lambda: Discussion.objects.first())
    author = factory.SubFactory(ResidentFactory)
    language = "fr"
    body = factory.Sequence(lambda n: f"Commentaire numéro {n}")
    created_at = factory.LazyFunction(timezone.now)
    depth = 1

    @factory.post_generation
    def set_root(self, create, extracted, **kwargs):
        if self.root_id is None:
            self.root = self if self.parent_id is None else self.parent.root
            if create:
                self.save(update_fields=["root"])
