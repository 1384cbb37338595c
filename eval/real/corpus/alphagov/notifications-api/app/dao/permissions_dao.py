from app import db
from app.constants import (
    MANAGE_API_KEYS,
    MANAGE_SETTINGS,
    MANAGE_TEMPLATES,
    MANAGE_USERS,
    SEND_EMAILS,
    SEND_LETTERS,
    SEND_TEXTS,
    VIEW_ACTIVITY,
)
from app.dao import DAOClass
from app.models import Permission





























































