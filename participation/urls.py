from django.urls import path

import climate_site.converters  # noqa: F401 — registers <id:...>
from participation.comments import views as comments
from participation.proposals import views as proposals
from participation.votes import views as votes

app_name = "participation"
urlpatterns = [
    path("propositions/", proposals.proposal_index, name="proposal_index"),
    path(
        "propositions/donnees-ouvertes.csv",
        proposals.open_data,
        name="proposals_open_data",
    ),
    path(
        "propositions/similaires.json",
        proposals.similar_json,
        name="proposals_similar",
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
    path(
        "comments/on/<str:label>/<id:pk>/",
        comments.comment_create,
        name="comment_create",
    ),
    path("comments/<id:pk>/", comments.comment_permalink, name="comment_permalink"),
    path("comments/<id:pk>/reply/", comments.comment_reply, name="comment_reply"),
    path("comments/<id:pk>/edit/", comments.comment_edit, name="comment_edit"),
    path("comments/<id:pk>/delete/", comments.comment_delete, name="comment_delete"),
    path("report/<str:label>/<id:pk>/", comments.report, name="report"),
    path(
        "votes/themes/<id:campaign_theme_id>/ballot/",
        votes.cast_confirmed_ballot,
        name="vote_ballot",
    ),
    path("votes/<id:campaign_id>/code/", votes.enter_code, name="vote_code"),
    path(
        "votes/<id:campaign_id>/code/forget/",
        votes.forget_code,
        name="vote_code_forget",
    ),
    path(
        "votes/<id:campaign_id>/ballots.csv",
        votes.ballots_csv,
        name="vote_ballots_csv",
    ),
    path(
        "votes/<id:campaign_id>/receipts/",
        votes.receipts,
        name="vote_receipts",
    ),
]
