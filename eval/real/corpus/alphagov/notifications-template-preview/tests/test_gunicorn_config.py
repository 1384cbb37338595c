from gunicorn_config import max_requests, timeout, workers






