import os

from app import create_app



