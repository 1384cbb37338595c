import boto3
from moto import mock_aws

from app.models.report_request import ReportRequest































