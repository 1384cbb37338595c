from pydantic import BaseModel








