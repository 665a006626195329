"""The exhibition's Atom feed: its panels in the page's language."""

from django.http import HttpResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language

from climate_site.site_host import absolute_url

FEED_SIZE = 30


def exhibition_feed(request, exhibition):
    feed = Atom1Feed(
        title=exhibition.title,
        link=exhibition.get_full_url(request),
        description=exhibition.intro,
        language=get_language(),
        feed_url=absolute_url(request.path, request),
    )
    for panel in exhibition.panels_published()[:FEED_SIZE]:
        feed.add_item(
            title=panel.title,
            link=panel.get_full_url(request),
            description=panel.intro,
            unique_id=panel.get_full_url(request),
            pubdate=panel.first_published_at,
            updateddate=panel.last_published_at,
        )
    return HttpResponse(feed.writeString("utf-8"), content_type=feed.content_type)
