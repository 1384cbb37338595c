from datetime import UTC, datetime, timedelta
from itertools import groupby
from operator import itemgetter
from statistics import mean

from flask import jsonify, render_template, request

from app import performance_dashboard_api_client, status_api_client
from app.main import main
from app.main.views.sub_navigation_dictionaries import features_nav









































