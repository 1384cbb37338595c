from flask import Blueprint

from app.v2.errors import register_errors




