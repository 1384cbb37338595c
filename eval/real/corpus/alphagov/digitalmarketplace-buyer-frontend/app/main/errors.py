
from dmapiclient import APIError
from dmcontent.content_loader import QuestionNotFoundError
from dmutils.errors import render_error_page


from . import main










