from flask_bcrypt import check_password_hash, generate_password_hash









