"""The storage suite uses the test-wide `clock` and `store` fixtures (tests/conftest.py)."""
