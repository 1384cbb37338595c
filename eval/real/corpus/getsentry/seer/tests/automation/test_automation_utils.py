from typing import cast
from xml.etree.ElementTree import Element

import pytest
from pydantic import BaseModel

from seer.automation.utils import (
    ConsentError,
    batch_texts_by_token_count,
    check_genai_consent,
    escape_multi_xml,
    escape_xml,
    escape_xml_chars,
    extract_text_inside_tags,
    extract_xml_element_text,
    raise_if_no_genai_consent,
    remove_cdata,
)
from seer.configuration import AppConfig
from seer.dependency_injection import resolve
from seer.rpc import DummyRpcClient








































































































































































