from snuba.query.expressions import Column, Expression







