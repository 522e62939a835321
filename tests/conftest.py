import pytest


@pytest.fixture(scope="session")
def nlp():
    """The real pipeline (installed from PyPI by the Makefile), loaded once."""
    from quotex.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text) -> Article, with the real pipeline."""
    from quotex.api import extract_text

    return lambda text: extract_text(text, nlp=nlp)
