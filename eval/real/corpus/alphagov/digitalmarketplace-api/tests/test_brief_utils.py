import mock
from app import db
from app.brief_utils import index_brief
from app.models import Brief, Lot, Framework
from tests.bases import BaseApplicationTest

































