from flaskr import create_app











