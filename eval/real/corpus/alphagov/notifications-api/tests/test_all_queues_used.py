from app.config import QueueNames

















