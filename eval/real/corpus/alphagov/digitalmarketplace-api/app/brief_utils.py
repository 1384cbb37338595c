from flask import abort

from .models import Service
from .validation import get_validation_errors
from .service_utils import filter_services
from .utils import index_object











































