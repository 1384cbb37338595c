from flask import Blueprint



from app.main.views import index  # noqa isort:skip
