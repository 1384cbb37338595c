from app.commands import insert_inbound_numbers_from_file
from app.dao.inbound_numbers_dao import dao_get_available_inbound_numbers











