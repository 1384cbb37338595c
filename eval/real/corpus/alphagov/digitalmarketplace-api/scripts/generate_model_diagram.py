
from sys import stdout

import sadisplay
from app import create_app
from app import models
















