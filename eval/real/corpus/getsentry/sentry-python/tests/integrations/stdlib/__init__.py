import os
import sys




