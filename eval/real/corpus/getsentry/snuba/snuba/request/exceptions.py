from snuba.utils.serializable_exception import SerializableException

















