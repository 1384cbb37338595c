from flask import current_app
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import BadSignature, SignatureExpired

























