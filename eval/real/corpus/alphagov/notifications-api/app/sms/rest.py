from flask import Blueprint, jsonify

from app.dao.sms_rate_dao import dao_get_current_sms_rate
from app.v2.errors import register_errors








