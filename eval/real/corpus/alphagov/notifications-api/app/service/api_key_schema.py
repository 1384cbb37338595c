from app.schema_validation.definitions import uuid











