import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

from os import path
































































