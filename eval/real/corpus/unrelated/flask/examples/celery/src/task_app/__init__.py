from celery import Celery
from celery import Task
from flask import Flask
from flask import render_template


















    from . import views
















