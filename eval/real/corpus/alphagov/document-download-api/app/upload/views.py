from flask import Blueprint, jsonify, request

from app import document_store
from app.utils.authentication import check_auth
from app.utils.file_checks import AntivirusAndMimeTypeCheckError, UploadedFile
from app.utils.urls import get_direct_file_url, get_frontend_download_url










































