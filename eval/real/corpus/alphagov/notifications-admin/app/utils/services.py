from app import Service, billing_api_client
from app.utils.time import get_current_financial_year, percentage_through_current_financial_year






















