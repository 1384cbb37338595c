from gunicorn_config import keepalive, timeout, worker_class, worker_connections, workers








