from flask_sqlalchemy.session import Session









