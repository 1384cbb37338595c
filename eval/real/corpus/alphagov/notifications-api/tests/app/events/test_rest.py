import json

from tests import create_admin_authorization_header















