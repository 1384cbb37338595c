import os

from snuba.utils.registered_class import RegisteredClass, import_submodules_in_directory











