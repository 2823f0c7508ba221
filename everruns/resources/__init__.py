"""The API's resources, one module each (``client.agents`` is ``agents.Agents``)."""
