"""The admin's windows of a shared database (issue 13): People."""
