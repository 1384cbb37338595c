import base64
import hashlib







