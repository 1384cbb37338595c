import datetime
import uuid

from flask import Blueprint, request

from app import db
from app.dao.organisation_dao import (
    dao_add_user_to_organisation,
    dao_get_organisation_by_id,
    dao_remove_user_from_organisation,
)
from app.dao.permissions_dao import permission_dao
from app.dao.services_dao import dao_add_user_to_service
from app.errors import register_errors
from app.functional_tests.testing_schemas import create_functional_test_users_schema
from app.models import Permission, Service, User
from app.schema_validation import validate




















































