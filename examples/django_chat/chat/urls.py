from django.urls import path

from . import views

urlpatterns = [
    path("", views.page),
    path("sessions", views.new_session),
    path("sessions/<str:session_id>/turn", views.turn),
]
