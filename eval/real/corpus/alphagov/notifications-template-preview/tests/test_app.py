from flask import abort














