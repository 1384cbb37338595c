from tests.utils.test_package_no_import import SomeBase




