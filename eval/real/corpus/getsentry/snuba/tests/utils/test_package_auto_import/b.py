from tests.utils.test_package_auto_import import SomeBase




