import sys
import warnings










