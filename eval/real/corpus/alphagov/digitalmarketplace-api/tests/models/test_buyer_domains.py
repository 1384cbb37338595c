from app import db
from app.models.buyer_domains import BuyerEmailDomain
from tests.bases import BaseApplicationTest

















