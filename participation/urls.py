from django.urls import path

from .views import votes

app_name = "participation"
urlpatterns = [
    path("votes/<int:campaign_id>/code/", votes.enter_code, name="vote_code"),
    path("votes/<int:campaign_id>/code/forget/", votes.forget_code, name="vote_code_forget"),
    path("votes/<int:campaign_id>/ballots.csv", votes.ballots_csv, name="vote_ballots_csv"),
]
