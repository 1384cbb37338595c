import argon2.exceptions
from argon2 import PasswordHasher, Type





















