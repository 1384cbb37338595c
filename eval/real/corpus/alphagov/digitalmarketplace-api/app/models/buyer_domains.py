from app import db













