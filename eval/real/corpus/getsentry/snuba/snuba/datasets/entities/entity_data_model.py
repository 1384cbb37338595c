from snuba.utils.schemas import ColumnSet









