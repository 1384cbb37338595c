from urllib.parse import urlparse

from fido2.server import Fido2Server
from fido2.webauthn import PublicKeyCredentialRpEntity




























