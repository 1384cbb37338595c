from flask import Blueprint, current_app, jsonify, request
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import raiseload, selectinload
from sqlalchemy.orm.exc import NoResultFound

from app.dao.dao_utils import autocommit
from app.dao.service_user_dao import (
    dao_get_active_service_users,
    dao_get_service_user,
)
from app.dao.template_folder_dao import (
    dao_create_template_folder,
    dao_delete_template_folder,
    dao_get_template_folder_by_id_and_service_id,
    dao_update_template_folder,
)
from app.dao.templates_dao import dao_get_template_by_id_and_service_id
from app.errors import InvalidRequest, register_errors
from app.models import Service, TemplateFolder
from app.schema_validation import validate
from app.template_folder.template_folder_schema import (
    post_create_template_folder_schema,
    post_move_template_folder_schema,
    post_update_template_folder_schema,
)




































































































































