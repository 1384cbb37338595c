from .main import generate


