from flask import Blueprint, current_app, jsonify, request
from sqlalchemy.exc import IntegrityError

from app.dao.email_branding_dao import (
    dao_archive_email_branding,
    dao_create_email_branding,
    dao_get_email_branding_by_id,
    dao_get_email_branding_by_name_case_insensitive,
    dao_get_email_branding_options,
    dao_get_existing_alternate_email_branding_for_name,
    dao_get_orgs_and_services_associated_with_email_branding,
    dao_update_email_branding,
)
from app.dao.organisation_dao import (
    dao_get_all_organisations_with_specific_email_branding_in_their_pool,
    dao_remove_email_branding_from_organisation_pool,
)
from app.email_branding.email_branding_schema import (
    post_create_email_branding_schema,
    post_get_email_branding_name_for_alt_text_schema,
    post_update_email_branding_schema,
)
from app.errors import register_errors
from app.models import EmailBranding
from app.schema_validation import validate




















































































































