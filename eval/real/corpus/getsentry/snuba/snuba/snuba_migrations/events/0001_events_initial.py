from snuba.migrations import migration




