from django.urls import path, re_path

from open_data import views
from open_data.wagtail_api import router

app_name = "open_data"
urlpatterns = [
    path("", views.api_root, name="root"),
    path("v1/", views.api_root),
    path("v1/<slug:slug>/", views.DatasetView.as_view(), name="dataset"),
    path("v1/<slug:slug>.csv", views.dataset_csv, name="dataset_csv"),
    re_path(r"^(?P<rest>.*)$", views.not_found),
]

# Wagtail's own endpoints, under their own namespace (its router names them).
wagtail_urlpatterns = [path("v2/", router.urls)]

documentation_urlpatterns = [
    path("", views.documentation, name="documentation"),
]
