from glob import glob

from fastjsonschema.exceptions import JsonSchemaValueException

from snuba import settings
from snuba.datasets.configuration.json_schema import ALL_VALIDATORS
from snuba.datasets.configuration.loader import load_configuration_data






























