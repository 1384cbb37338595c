from dmutils.email.tokens import (
    generate_token, decode_invitation_token, decode_password_reset_token
)

from .exceptions import EmailError
from .dm_notify import DMNotifyClient
from .user_account_email import send_user_account_email
