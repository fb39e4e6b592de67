from django.urls import path

from maps import views

urlpatterns = [path("", views.initiative_map, name="initiative_map")]
