import json
from time import monotonic

import requests
from flask import current_app

from app.clients.email import EmailClient, EmailClientException
from app.otel_metrics.provider import record_request_duration














































