import pytest
from marshmallow import ValidationError
from sqlalchemy import desc

from app.constants import ServiceCallbackTypes
from app.dao.provider_details_dao import (
    dao_update_provider_details,
    get_provider_details_by_identifier,
)
from app.dao.service_callback_api_dao import save_service_callback_api
from app.models import ProviderDetailsHistory, ServiceCallbackApi
from tests.app.db import create_api_key



    from app.schemas import job_schema










    from app.schemas import notification_with_template_schema






    from app.schemas import notification_with_template_schema









    from app.schemas import notification_with_template_schema



















    from app import schemas












    from app.schemas import user_update_schema_load_json










    from app.schemas import user_update_schema_load_json























    from app.schemas import user_update_schema_load_json








    from app.schemas import provider_details_schema












    from app.schemas import provider_details_schema


















    from app.schemas import service_schema












































