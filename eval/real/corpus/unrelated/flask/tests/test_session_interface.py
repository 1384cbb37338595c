import flask
from flask.globals import app_ctx
from flask.sessions import SessionInterface

























