from celery.result import AsyncResult
from flask import Blueprint
from flask import request

from . import tasks

































