from flask_bcrypt import generate_password_hash, check_password_hash












