from app.notify_client.events_api_client import EventsApiClient















