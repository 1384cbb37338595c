from app import db
from app.models import ServiceGuestList













