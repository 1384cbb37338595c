import urllib
import uuid

import boto3
import botocore
import pytest
from flask import current_app
from moto import mock_aws

from app.s3_client.s3_letter_upload_client import (
    LetterMetadata,
    LetterNotFoundError,
    backup_original_letter_to_s3,
    get_letter_metadata,
    upload_letter_to_s3,
)







































































































