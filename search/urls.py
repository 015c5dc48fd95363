from django.urls import path

from . import views

app_name = "search"

urlpatterns = [
    path("", views.search_view, name="results"),
    path("suggestions/", views.suggestions_view, name="suggestions"),
]
