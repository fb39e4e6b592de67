from django.urls import path

from taxonomy import views

urlpatterns = [
    path("", views.legal_basis_index, name="legal_basis_index"),
    path("<slug:slug>/", views.legal_basis_detail, name="legal_basis"),
]
