from io import BytesIO
from zipfile import BadZipFile, ZipFile

import magic
import sentry_sdk

























