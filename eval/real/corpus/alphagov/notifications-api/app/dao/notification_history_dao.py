from app.models import NotificationHistory




