from app import db





