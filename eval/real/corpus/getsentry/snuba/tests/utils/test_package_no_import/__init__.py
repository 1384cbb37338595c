from snuba.utils.registered_class import RegisteredClass






