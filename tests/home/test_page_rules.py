from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import ContentPage, HomePage
from tests.factories.pages import ContentPageFactory, HomePageFactory


class PageCreationRulesTests(WagtailPageTestCase):
    def test_a_home_page_sits_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(ContentPage, HomePage)

    def test_content_pages_go_under_the_home_page_or_another_content_page(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertCanCreateAt(HomePage, ContentPage)
        self.assertCanCreateAt(ContentPage, ContentPage)

    def test_a_home_page_allows_content_pages_below_it(self):
        self.assertIn(ContentPage, HomePage.allowed_subpage_models())
        self.assertNotIn(HomePage, ContentPage.allowed_subpage_models())

    def test_only_one_home_page_per_parent(self):
        home = HomePageFactory()
        self.assertFalse(HomePage.can_create_at(home.get_parent()))

    def test_pages_are_routable_and_render(self):
        home = HomePageFactory()
        page = ContentPageFactory(parent=home, title="Mentions légales")
        for each in (home, page):
            self.assertPageIsRoutable(each)
            self.assertPageIsRenderable(each)
