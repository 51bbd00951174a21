"""What the app keeps around the engine: project files, downloads, atomic writes."""
