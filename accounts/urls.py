from django.urls import path

from accounts import views

app_name = "accounts"
urlpatterns = [
    path("", views.my_account, name="my_account"),
    path("my-data/", views.download_my_data, name="download_my_data"),
    path("delete/", views.delete_my_account, name="delete"),
    path("deleted/", views.account_deleted, name="deleted"),
]
