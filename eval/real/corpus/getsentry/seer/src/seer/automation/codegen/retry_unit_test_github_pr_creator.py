import logging
import time

from github.PullRequest import PullRequest

from seer.automation.codebase.repo_client import RepoClient
from seer.automation.models import FileChange
from seer.db import DbPrContextToUnitTestGenerationRunIdMapping, Session










































