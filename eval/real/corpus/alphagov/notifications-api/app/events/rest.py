from flask import Blueprint, jsonify, request

from app.dao.events_dao import dao_create_event
from app.errors import register_errors
from app.schemas import event_schema











