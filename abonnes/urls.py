from django.urls import path

from . import manage, views

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("confirmer/<str:token>/", views.confirm, name="subscribe_confirm"),
    path("desinscription/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("gerer/<str:token>/", manage.manage, name="subscription_manage"),
    path("gerer/<str:token>/donnees.json", manage.export_data, name="subscription_export"),
    path("gerer/<str:token>/supprimer/", manage.delete, name="subscription_delete"),
]
