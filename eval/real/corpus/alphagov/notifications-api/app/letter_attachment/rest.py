import datetime

from flask import Blueprint, jsonify, request

from app.dao.templates_dao import dao_get_template_by_id, dao_update_template
from app.errors import InvalidRequest, register_errors
from app.letter_attachment.schema import post_archive_letter_attachment_schema, post_create_letter_attachment_schema
from app.models import LetterAttachment
from app.schema_validation import validate





















































