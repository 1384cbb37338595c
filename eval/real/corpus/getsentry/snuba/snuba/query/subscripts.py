from snuba.query.expressions import SubscriptableReference

















