"""The Train page: the settings form, Start/Stop and the live loss curve."""
