from unittest.mock import Mock

from app.s3_client.s3_csv_client import set_metadata_on_csv_upload


















