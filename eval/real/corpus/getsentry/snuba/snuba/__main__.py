
    from snuba.cli import main


