from django.urls import path

from notifications import views

app_name = "notifications"
urlpatterns = [
    path("account/emails/", views.preferences, name="preferences"),
    path("follow/", views.follow, name="follow"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
