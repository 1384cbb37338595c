import hashlib
import hmac
import json

import requests

from seer.configuration import AppConfig
from seer.dependency_injection import inject, injected
































