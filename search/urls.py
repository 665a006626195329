from django.urls import path

from search import views

app_name = "site_search"
urlpatterns = [path("", views.search, name="search")]
