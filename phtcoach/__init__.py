"""PHT Coach: guided, audible rehab and a pain diary for proximal hamstring tendinopathy."""

__version__ = "0.2.0"
APP_ID = "io.github.phtcoach.PHTCoach"
APP_NAME = "PHT Coach"
