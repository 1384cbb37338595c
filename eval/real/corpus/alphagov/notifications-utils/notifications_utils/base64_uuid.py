from base64 import urlsafe_b64decode, urlsafe_b64encode
from uuid import UUID




















