from app.constants import NOTIFICATION_REPORT














