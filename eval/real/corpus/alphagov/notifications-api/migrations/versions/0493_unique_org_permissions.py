



from alembic import op












