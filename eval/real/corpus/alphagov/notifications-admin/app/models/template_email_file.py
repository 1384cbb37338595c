import math
import uuid
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from typing import Any

import boto3
from flask import abort, current_app, url_for
from notifications_utils.base64_uuid import uuid_to_base64
from notifications_utils.file_types import mime_type_from_extension
from notifications_utils.s3 import s3download
from notifications_utils.serialised_model import SerialisedModelCollection
from notifications_utils.template import Template

from app.models import JSONModel
from app.s3_client.s3_template_email_file_upload_client import (
    download_template_email_file_from_s3,
    upload_template_email_file_to_s3,
)




















        from app import current_service, current_user, template_email_file_client























        from app import current_user, template_email_file_client

























        from app import template_email_file_client














        from app import template_email_file_client


























































        from app import current_service


















