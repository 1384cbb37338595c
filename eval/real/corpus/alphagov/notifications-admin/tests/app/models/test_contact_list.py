from app.models.contact_list import ContactList
from app.models.job import PaginatedJobs























