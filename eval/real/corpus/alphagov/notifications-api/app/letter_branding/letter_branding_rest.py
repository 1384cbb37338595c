from celery import current_app
from flask import Blueprint, jsonify, request
from sqlalchemy.exc import IntegrityError

from app.dao.letter_branding_dao import (
    dao_create_letter_branding,
    dao_get_all_letter_branding,
    dao_get_existing_alternate_letter_branding_for_name,
    dao_get_letter_branding_by_id,
    dao_get_letter_branding_by_name_case_insensitive,
    dao_get_orgs_and_services_associated_with_letter_branding,
    dao_update_letter_branding,
)
from app.errors import register_errors
from app.letter_branding.letter_branding_schema import (
    post_create_letter_branding_schema,
    post_get_unique_name_for_letter_branding_schema,
    post_update_letter_branding_schema,
)
from app.models import LetterBranding
from app.schema_validation import validate






















































































