from django.urls import path

from participation.views import comments

app_name = "participation"
urlpatterns = [
    path(
        "comments/on/<str:label>/<int:pk>/",
        comments.comment_create,
        name="comment_create",
    ),
    path("comments/<int:pk>/reply/", comments.comment_reply, name="comment_reply"),
    path("comments/<int:pk>/edit/", comments.comment_edit, name="comment_edit"),
    path("comments/<int:pk>/delete/", comments.comment_delete, name="comment_delete"),
    path("report/<str:label>/<int:pk>/", comments.report, name="report"),
]
