from flask import Blueprint
from flask import render_template


















