"""scrapyd's view of fanwen: the project settings, from the installed package."""
