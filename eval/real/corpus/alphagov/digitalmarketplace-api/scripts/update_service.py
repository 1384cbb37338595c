








from __future__ import print_function
import json
import requests
import getpass

from docopt import docopt











































