import logging
import os
from urllib.request import Request

import johen
import pytest
from flask import Flask
from johen.generators import pydantic, sqlalchemy
from pytest_alembic import Config
from sqlalchemy import text

from celery_app.config import CeleryConfig
from seer.app import module
from seer.bootup import bootup, stub_module
from seer.configuration import configuration_test_module
from seer.db import Session, db
from seer.dependency_injection import resolve
from seer.inference_models import reset_loading_state
from seer.rpc import rpc_stub_module


















    import pytest_alembic
























































































