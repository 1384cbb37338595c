import pytest
from flask import template_rendered

























