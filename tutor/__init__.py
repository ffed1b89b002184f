"""Diplomacy Tutor: an offline tutor for track one (official, state-to-state) diplomacy."""

__version__ = "0.1.0"
