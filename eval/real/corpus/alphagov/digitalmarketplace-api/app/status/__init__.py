from flask import Blueprint



from . import views
