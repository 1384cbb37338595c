from googleapiclient.discovery import build
from googleapiclient.http import HttpMock

from snuba.admin.google import CloudIdentityAPI




























