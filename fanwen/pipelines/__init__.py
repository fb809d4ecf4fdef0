"""Item pipelines, one module per stage: validate -> strip -> sections -> store."""
