



from alembic import op













