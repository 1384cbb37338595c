from flask import Blueprint, flash, Markup, current_app
from flask_login import login_required, current_user
















from . import errors
from .views import (
    crown_hosting,
    digital_services_framework,
    feedback,
    g_cloud,
    marketplace,
    suppliers,
)
