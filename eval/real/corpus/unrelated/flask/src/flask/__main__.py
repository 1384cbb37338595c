from .cli import main


