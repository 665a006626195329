from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from climate_site.health import health
from climate_site.robots import favicon, robots_txt
from climate_site.sitemaps import sitemap
from open_data import urls as open_data_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("health/", health, name="health"),
    path("api/", include(open_data_urls.wagtail_urlpatterns)),
    path("api/", include("open_data.urls")),
    path("favicon.ico", favicon),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("accounts/", include("allauth.urls")),
    path("account/", include("accounts.urls")),
    path("participation/", include("participation.urls")),
    path("plan/", include("climate_plan.urls")),
    path("reports/", include("plan_reports.urls")),
    path("pledges/", include("pledges.urls")),
    path("", include("notifications.urls")),
    path(
        "donnees-ouvertes/",
        include((open_data_urls.documentation_urlpatterns, "open_data_docs")),
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler400 = "climate_site.errors.bad_request"
