import sqlite3
from datetime import datetime

import click
from flask import current_app
from flask import g


















































