import os

from flask_migrate import Migrate

from app import create_app, db




