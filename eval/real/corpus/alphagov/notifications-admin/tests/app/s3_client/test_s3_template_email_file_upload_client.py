import uuid

from app.s3_client.s3_template_email_file_upload_client import upload_template_email_file_to_s3

















