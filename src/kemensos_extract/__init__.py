"""kemensos-extract."""
