from snuba.query.allocation_policies import QuotaAllowance










