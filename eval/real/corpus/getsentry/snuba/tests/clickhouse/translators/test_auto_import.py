
    from snuba.clickhouse.translators.snuba.allowed import FunctionCallMapper


