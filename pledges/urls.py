from django.urls import path

from pledges import views

app_name = "pledges"
urlpatterns = [
    path("confirm/<str:token>/", views.confirm, name="confirm"),
]
