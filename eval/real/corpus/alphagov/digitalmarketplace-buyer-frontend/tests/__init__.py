from flask import Blueprint
from flask_login import login_user

from dmutils.user import User

































