"""Comments and the pages they are written on."""

import factory
from django.utils import timezone

from home.models import ContentPage
from participation.comments.models import Comment, Discussion
from tests.factories.accounts import UserFactory
from tests.factories.pages import home_page, translate_page


def make_discussed_page(languages=("en",)):
    """A French content page with a comments block, translated and published."""
    page = ContentPage(
        title="Parlons-en",
        slug="parlons-en",
        body=[("comments", {"heading": "Vos avis", "intro": ""})],
    )
    home_page().add_child(instance=page)
    page.save_revision().publish()
    translations = {"fr": page}
    for language in languages:
        translations[language] = translate_page(page, language)
    return translations


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comment

    discussion = factory.LazyFunction(lambda: Discussion.objects.first())
    author = factory.SubFactory(UserFactory)
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
