from datetime import datetime, timedelta

from app import db
from app.models import InvitedOrganisationUser



























