from datetime import datetime

from sqlalchemy import desc

from app.models import Rate








