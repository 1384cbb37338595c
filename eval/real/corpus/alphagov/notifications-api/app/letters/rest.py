from flask import Blueprint, jsonify, request

from app.celery.tasks import process_returned_letters_list
from app.config import QueueNames
from app.dao.letter_rate_dao import dao_get_current_letter_rates
from app.letters.letter_schemas import letter_references
from app.schema_validation import validate
from app.v2.errors import register_errors



























