from notifications_utils.gunicorn.defaults import set_gunicorn_defaults





