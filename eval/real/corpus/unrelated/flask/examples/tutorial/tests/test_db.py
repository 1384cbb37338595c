import sqlite3

import pytest

from flaskr.db import get_db
























