from app import db
from app.models import ProtectedSenderId
























