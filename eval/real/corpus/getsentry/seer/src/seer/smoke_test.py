

import logging
import uuid
from datetime import datetime
from typing import Any, Mapping

from pydantic import BaseModel, Field

from celery_app.app import celery_app
from seer.configuration import AppConfig
from seer.db import DbSmokeTest, Session
from seer.dependency_injection import inject, injected
from seer.loading import LoadingResult












































