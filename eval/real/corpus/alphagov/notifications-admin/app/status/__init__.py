from flask import Blueprint



from app.status.views import healthcheck  # noqa isort:skip
