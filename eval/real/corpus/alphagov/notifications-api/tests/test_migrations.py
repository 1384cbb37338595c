import glob
import pathlib

from sqlalchemy import text































