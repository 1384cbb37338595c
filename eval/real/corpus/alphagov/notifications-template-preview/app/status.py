import subprocess

from flask import Blueprint, jsonify, request

from app import version



























