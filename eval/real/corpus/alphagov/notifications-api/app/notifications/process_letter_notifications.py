from notifications_utils.recipient_validation.postal_address import PostalAddress

from app import create_random_identifier
from app.constants import LETTER_TYPE
from app.notifications.process_notifications import persist_notification






































