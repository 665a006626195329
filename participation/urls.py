from django.urls import path

from participation.views import proposals

app_name = "participation"
urlpatterns = [
    path("propositions/", proposals.proposal_index, name="proposal_index"),
    path(
        "propositions/donnees-ouvertes.csv",
        proposals.open_data,
        name="proposals_open_data",
    ),
    path(
        "propositions/<str:reference>/",
        proposals.proposal_detail,
        name="proposal_detail",
    ),
    path(
        "propositions/<str:reference>/soutien/",
        proposals.proposal_support,
        name="proposal_support",
    ),
]
