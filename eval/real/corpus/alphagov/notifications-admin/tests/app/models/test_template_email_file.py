from uuid import uuid4

import boto3
from moto import mock_aws

from app.models.template_email_file import TemplateEmailFile, upload_template_email_file_to_s3
from tests.conftest import SERVICE_ONE_ID























