
from urllib.parse import urljoin

from flask_login import current_user
from flask import abort, current_app, request, url_for
from lxml import html
from werkzeug.urls import Href
from werkzeug.datastructures import MultiDict

from dmapiclient import APIError
from dmcontent.content_loader import ContentNotFoundError
from dmutils.errors import render_error_page
from dmutils.filters import capitalize_first
from dmutils.flask import timed_render_template as render_template
from dmcontent.html import to_summary_list_rows, text_to_html
from app import search_api_client, data_api_client, content_loader
from ..helpers.brief_helpers import (
    count_brief_responses_by_size_and_status, format_winning_supplier_size,
    COMPLETED_BRIEF_RESPONSE_STATUSES, ALL_BRIEF_RESPONSE_STATUSES, PUBLISHED_BRIEF_STATUSES
)
from ..helpers.framework_helpers import (
    abort_if_not_further_competition_framework,
    get_latest_live_framework,
    get_latest_live_framework_or_404,
    get_framework_description,
    get_lots_by_slug
)
from ..helpers.search_helpers import (
    build_search_query,
    clean_request_args,
    get_keywords_from_request,
    get_page_from_request,
    get_request_url_without_any_filters,
    get_valid_lot_from_args_or_none,
    pagination,
    query_args_for_pagination,
)
from ..helpers.shared_helpers import get_one_framework_by_status_in_order_of_preference
from ...main import main
from ..presenters.search_presenters import filters_for_lot, set_filter_states, build_lots_and_categories_link_tree
from ..presenters.search_results import SearchResults
from ..presenters.search_summary import SearchSummary














































































































































































































































































































        from flask import jsonify






























