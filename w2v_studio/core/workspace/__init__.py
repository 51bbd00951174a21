"""What the app keeps around the engine: project files, downloads and archives, app folders,
locks, temporary folders and atomic writes."""
