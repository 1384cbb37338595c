from app.dao.service_contact_list_dao import dao_get_contact_lists
from tests.app.db import create_service_contact_list













