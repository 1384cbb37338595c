from flask import json
from jsonschema import Draft7Validator









