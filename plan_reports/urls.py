from django.urls import path

from plan_reports import views

app_name = "plan_reports"
urlpatterns = [
    path("", views.report_list, name="list"),
    path("<slug:slug>/", views.report_detail, name="detail"),
]
