from django.urls import path

from insights.feedback import answer_step, csrf_token, feedback

app_name = "insights"

urlpatterns = [
    path("", feedback, name="feedback"),
    path("answer/", answer_step, name="feedback_step"),
    path("token/", csrf_token, name="feedback_token"),
]
