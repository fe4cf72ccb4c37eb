"""The main window's pages, in sidebar order (Ctrl+1..6): Qt-free, so the command line can
name them (`phtcoach --self-test --page NAME`) without loading a widget."""

PAGES = ("today", "session", "diary", "progress", "programme", "settings")
