from django.urls import path

from insights.feedback import feedback

app_name = "insights"

urlpatterns = [path("", feedback, name="feedback")]
