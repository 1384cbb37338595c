from functools import partial

from flask import Blueprint

from app.authentication import requires_authentication







from .views import notify
