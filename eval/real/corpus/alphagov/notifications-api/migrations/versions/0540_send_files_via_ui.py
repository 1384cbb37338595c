



from alembic import op











