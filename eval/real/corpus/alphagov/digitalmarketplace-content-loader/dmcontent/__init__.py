from .content_loader import ContentLoader
from .errors import ContentTemplateError, QuestionNotFoundError
from .questions import ContentQuestion


