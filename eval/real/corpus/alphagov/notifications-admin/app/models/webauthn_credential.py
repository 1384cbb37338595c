import base64
from datetime import datetime
from typing import Any, TypedDict

from fido2 import cbor
from fido2.cose import UnsupportedKey
from fido2.webauthn import (
    AttestationObject,
    AttestedCredentialData,
    CollectedClientData,
)
from flask import current_app

from app.models import JSONModel, ModelList
from app.notify_client.user_api_client import user_api_client











































































