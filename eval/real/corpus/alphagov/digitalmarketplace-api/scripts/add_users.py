










from docopt import docopt
from dmapiclient import DataAPIClient

import json






















