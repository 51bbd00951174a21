"""The main window and its shared plumbing: application state, worker threads, messages,
interface languages, the File menu's model/project/export actions, welcome and plugin dialogs."""
