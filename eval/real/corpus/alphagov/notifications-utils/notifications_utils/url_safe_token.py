from cryptography.fernet import Fernet, InvalidToken
from itsdangerous import SignatureExpired, URLSafeTimedSerializer

from notifications_utils.formatters import url_encode_full_stops































