from flask import has_request_context, session











