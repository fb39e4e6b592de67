from django.urls import path

from pdfs.views import page_pdf_view

urlpatterns = [path("<int:page_id>/", page_pdf_view, name="page_pdf")]
