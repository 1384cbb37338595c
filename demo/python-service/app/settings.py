# pydantic-settings is wrapped by acme-settings: expect a suggestion.
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    kafka_brokers: str = "localhost:9092"
    scoring_url: str = "http://localhost:8000/score"
