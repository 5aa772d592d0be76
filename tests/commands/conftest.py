"""The policy command's tests talk to the admin API's real server (tests/admin/conftest.py)."""

from tests.admin.conftest import admin, start_admin

__all__ = ["admin", "start_admin"]
